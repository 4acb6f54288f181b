package org.staffroom.history.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableBiFunction;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.staffroom.base.ui.DateTimes;
import org.staffroom.history.HistoryEntry;
import org.staffroom.history.HistoryEntry.FieldChange;
import org.staffroom.history.Occasion;
import org.staffroom.security.Actor;

/**
 * The history of one record, newest first, loaded a page at a time as it scrolls: when, who
 * and from where, and what changed from what to what, in the reader's language.
 */
public class HistoryDialog extends Dialog {

    private final HistoryWording wording;
    private final DateTimeFormatter when;

    /** {@code pages} gives {@code limit} entries from {@code offset}, newest first. */
    public HistoryDialog(String title, SerializableBiFunction<Integer, Integer, List<HistoryEntry>> pages,
            HistoryWording wording) {
        this.wording = wording;
        this.when = DateTimes.toTheSecond();
        addClassName("history-dialog");
        setHeaderTitle(title);
        setWidth("min(60rem, 100%)");
        setHeight("min(40rem, 100%)");

        Grid<HistoryEntry> entries = new Grid<>();
        entries.addColumn(entry -> when.format(entry.stamp().at()))
                .setHeader(getTranslation("history.column.when")).setAutoWidth(true).setFlexGrow(0);
        entries.addComponentColumn(this::who).setHeader(getTranslation("history.column.who")).setAutoWidth(true)
                .setFlexGrow(0);
        entries.addComponentColumn(this::what).setHeader(getTranslation("history.column.what")).setFlexGrow(1);
        entries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        entries.setSizeFull();
        entries.setEmptyStateText(getTranslation("history.empty"));
        entries.getElement().setAttribute("aria-label", title);
        // No count: the grid asks for the next page as it scrolls, however long the history.
        entries.setItems(query -> pages.apply(query.getOffset(), query.getLimit()).stream());
        add(entries);
        getFooter().add(new Button(getTranslation("history.close"), click -> close()));
    }

    private Component who(HistoryEntry entry) {
        String name = Actor.SYSTEM.equals(entry.stamp().actorName()) && entry.stamp().actorId() == null
                ? getTranslation("history.system") : entry.stamp().actorName();
        var who = new Div(new Span(name));
        if (entry.stamp().address() != null) {
            var address = new Span(entry.stamp().address());
            address.addClassName("history-address");
            who.add(address);
        }
        return who;
    }

    private Component what(HistoryEntry entry) {
        var what = new Div();
        what.addClassName("history-change");
        switch (entry.kind()) {
            case CREATED -> what.add(heading("history.created"));
            case DELETED -> what.add(heading("history.deleted"));
            case CHANGED -> { }
        }
        for (FieldChange change : entry.changes()) {
            what.add(new Div(wording.line(entry, change).orElseGet(() -> line(entry, change))));
        }
        if (entry.stamp().occasion() != Occasion.EDIT) {
            var occasion = new Span(getTranslation("history.occasion." + entry.stamp().occasion().name()));
            occasion.addClassName("history-occasion");
            what.add(occasion);
        }
        return what;
    }

    private String line(HistoryEntry entry, FieldChange change) {
        String label = wording.label(change.field());
        return switch (entry.kind()) {
            case CREATED -> label + ": " + value(change.field(), change.after());
            case DELETED -> label + ": " + value(change.field(), change.before());
            case CHANGED -> entry.beforeKnown() ? label + ": " + value(change.field(), change.before()) + " → "
                    + value(change.field(), change.after()) : label + ": " + value(change.field(), change.after());
        };
    }

    private String value(String field, Object value) {
        return value == null ? getTranslation("history.none") : wording.value(field, value);
    }

    private Span heading(String key) {
        var heading = new Span(getTranslation(key));
        heading.addClassName("history-kind");
        return heading;
    }
}
