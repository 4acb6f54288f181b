package org.staffroom.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import org.staffroom.base.ui.Notifications;
import org.staffroom.security.SignedInSessionService;
import org.staffroom.security.SignedInSessionService.Session;

/** The person's signed-in sessions on every device; any but this one can be ended. */
class SessionList extends Grid<Session> {

    private final SignedInSessionService sessions;

    SessionList(SignedInSessionService sessions, DateTimeFormatter when) {
        this.sessions = sessions;
        addClassName("session-list");
        String on = getTranslation("security.sessions.browser-on");
        // Browser and address in one cell: four columns still fit a tablet held upright.
        addComponentColumn(session -> device(session, on)).setHeader(getTranslation("security.sessions.column.browser"))
                .setFlexGrow(1);
        addColumn(session -> when.format(session.startedAt())).setHeader(getTranslation("security.sessions.column.started"))
                .setAutoWidth(true);
        addColumn(session -> when.format(session.lastActiveAt()))
                .setHeader(getTranslation("security.sessions.column.last-active")).setAutoWidth(true);
        addComponentColumn(this::action).setHeader(getTranslation("security.sessions.column.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_NO_BORDER);
        setAllRowsVisible(true);
        getElement().setAttribute("aria-label", getTranslation("security.sessions.title"));
    }

    void refresh() {
        setItems(sessions.mine());
    }

    private Component device(Session session, String on) {
        var address = new Span(session.address());
        address.addClassName("session-address");
        var device = new Div(new Span(browser(session, on)), address);
        device.addClassName("session-device");
        return device;
    }

    private String browser(Session session, String on) {
        String name = BrowserName.of(session.userAgent(), on);
        return name.isEmpty() ? getTranslation("security.sessions.unknown-browser") : name;
    }

    private Component action(Session session) {
        if (session.current()) {
            var current = new Span(getTranslation("security.sessions.this-one"));
            current.getElement().getThemeList().add("badge success");
            return current;
        }
        var end = new Button(getTranslation("security.sessions.end"), click -> {
            sessions.end(session);
            Notifications.success(getTranslation("security.sessions.ended"));
            refresh();
        });
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        end.setAriaLabel(getTranslation("security.sessions.end.label", browser(session, getTranslation(
                "security.sessions.browser-on"))));
        return end;
    }
}
