package org.staffroom.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.staffroom.base.ui.DateTimes;
import org.staffroom.base.ui.CsvDownloadLink;
import org.staffroom.base.ui.UrlParameters;
import org.staffroom.security.Access;
import org.staffroom.security.SecurityEventService;
import org.staffroom.security.SecurityLogCsv;
import org.staffroom.security.SecurityEventService.Entry;
import org.staffroom.security.SecurityEventService.Filter;

/**
 * The security log for administrators: every sign-in, lock, password and second-factor
 * change, sign-out and refusal, newest first, filtered by person, kind and days. The filters
 * live in the URL ({@code ?person=ada&event=sign-in&from=2026-11-01&to=2026-11-30}). The grid
 * loads pages as it scrolls and never counts the whole log.
 */
@Route("security-log")
@Menu(order = 4, title = "security.log.menu", icon = "vaadin:shield")
@RolesAllowed(Access.ADMIN)
public class SecurityLogView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PERSON = "person";
    static final String EVENT = "event";
    static final String FROM = "from";
    static final String TO = "to";

    final TextField person = new TextField();
    final Select<String> event = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<Entry> grid = new Grid<>();

    private Filter filter = Filter.NONE;

    SecurityLogView(SecurityEventService events) {
        addClassNames("grid-view", "security-log-view");
        person.setLabel(getTranslation("security.log.filter.person"));
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.setClearButtonVisible(true);
        event.setLabel(getTranslation("security.log.filter.event"));
        event.setEmptySelectionAllowed(true);
        event.setEmptySelectionCaption(getTranslation("security.log.filter.event.all"));
        event.setItems(SecurityEventService.EVENTS);
        event.setItemLabelGenerator(kind -> kind == null ? getTranslation("security.log.filter.event.all")
                : eventLabel(kind));
        from.setLabel(getTranslation("security.log.filter.from"));
        to.setLabel(getTranslation("security.log.filter.to"));
        for (DatePicker day : List.of(from, to)) {
            day.setLocale(getLocale());
            day.setClearButtonVisible(true);
        }
        person.addValueChangeListener(change -> filtersChanged());
        event.addValueChangeListener(change -> filtersChanged());
        from.addValueChangeListener(change -> filtersChanged());
        to.addValueChangeListener(change -> filtersChanged());
        var export = new CsvDownloadLink(getTranslation("security.log.export"),
                getTranslation("security.log.export.file-name"),
                (out, locale, text) -> SecurityLogCsv.write(events, filter, out, locale, text));
        var filters = new FlexLayout(person, event, from, to, export);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("view-toolbar");

        DateTimeFormatter when = DateTimes.toTheSecond();
        String on = getTranslation("security.sessions.browser-on");
        grid.addColumn(entry -> when.format(entry.at())).setHeader(getTranslation("security.log.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> eventLabel(entry.event())).setHeader(getTranslation("security.log.column.event"))
                .setAutoWidth(true);
        grid.addColumn(entry -> entry.reason() == null ? entry.outcome() : entry.outcome() + " (" + entry.reason() + ")")
                .setHeader(getTranslation("security.log.column.outcome")).setAutoWidth(true);
        grid.addColumn(entry -> entry.signInName() == null ? "" : entry.signInName())
                .setHeader(getTranslation("security.log.column.person")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(entry -> entry.actor() == null ? "" : entry.actor())
                .setHeader(getTranslation("security.log.column.by"));
        grid.addColumn(entry -> (entry.address() == null ? "" : entry.address()) + " · "
                + BrowserName.of(entry.userAgent() == null ? "" : entry.userAgent(), on))
                .setHeader(getTranslation("security.log.column.from")).setAutoWidth(true);
        grid.addColumn(Entry::node).setHeader(getTranslation("security.log.column.node")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("security.log.empty"));
        grid.getElement().setAttribute("aria-label", getTranslation("security.log.title"));
        // No count: the grid asks for the next page as it scrolls, whatever the size of the log.
        grid.setItems(query -> events.find(filter, query.getOffset(), query.getLimit()).stream());
        add(new H1(getTranslation("security.log.title")), filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        QueryParameters parameters = enter.getLocation().getQueryParameters();
        person.setValue(UrlParameters.first(parameters, PERSON).orElse(""));
        event.setValue(UrlParameters.first(parameters, EVENT).filter(SecurityEventService.EVENTS::contains).orElse(null));
        from.setValue(UrlParameters.first(parameters, FROM).flatMap(SecurityLogView::day).orElse(null));
        to.setValue(UrlParameters.first(parameters, TO).flatMap(SecurityLogView::day).orElse(null));
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.log.page-title");
    }

    private void filtersChanged() {
        show();
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!person.getValue().isBlank()) {
            parameters.put(PERSON, person.getValue().strip());
        }
        Optional.ofNullable(event.getValue()).ifPresent(kind -> parameters.put(EVENT, kind));
        Optional.ofNullable(from.getValue()).ifPresent(day -> parameters.put(FROM, day.toString()));
        Optional.ofNullable(to.getValue()).ifPresent(day -> parameters.put(TO, day.toString()));
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location("security-log", QueryParameters.simple(parameters)));
    }

    private void show() {
        filter = new Filter(person.getValue(), event.getValue(), from.getValue(), to.getValue());
        grid.getDataProvider().refreshAll();
    }

    private String eventLabel(String kind) {
        return getTranslation("security.log.event." + kind);
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }
}
