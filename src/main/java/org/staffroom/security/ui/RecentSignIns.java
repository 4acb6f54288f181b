package org.staffroom.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.staffroom.base.ui.DateTimes;
import org.staffroom.security.SecurityEventService;
import org.staffroom.security.SecurityEventService.SignIn;

/** "Your recent sign-ins": so that a person notices a sign-in that was not them. */
public class RecentSignIns extends Section {

    static final int SHOWN = 10;

    final Grid<SignIn> grid = new Grid<>();

    public RecentSignIns(SecurityEventService events) {
        addClassName("recent-sign-ins");
        DateTimeFormatter when = DateTimes.toTheMinute();
        String on = getTranslation("security.sessions.browser-on");
        grid.addColumn(signIn -> when.format(signIn.at())).setHeader(getTranslation("security.recent.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(signIn -> getTranslation("security.recent.result." + signIn.result().name().toLowerCase()
                        .replace('_', '-'), getTranslation("security.recent.method." + signIn.method())))
                .setHeader(getTranslation("security.recent.column.result")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(signIn -> {
            String browser = BrowserName.of(signIn.userAgent(), on);
            return (browser.isEmpty() ? getTranslation("security.sessions.unknown-browser") : browser)
                    + " · " + signIn.address();
        }).setHeader(getTranslation("security.sessions.column.browser")).setAutoWidth(true).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("security.recent.title"));
        List<SignIn> recent = events.recentSignIns(SHOWN);
        grid.setItems(recent);
        add(new H2(getTranslation("security.recent.title")),
                new Paragraph(getTranslation("security.recent.explanation")), grid);
    }
}
