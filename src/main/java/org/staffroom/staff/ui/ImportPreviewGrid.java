package org.staffroom.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.staffroom.security.Role;
import org.staffroom.staff.ImportPreview;
import org.staffroom.staff.ImportPreview.Row;
import org.staffroom.staff.ImportPreview.Status;

/** The preview's rows: what each would become, what changes, and every field's problem. */
class ImportPreviewGrid extends Grid<Row> {

    private List<Row> rows = List.of();

    ImportPreviewGrid() {
        addClassName("import-preview");
        addColumn(Row::line).setHeader(getTranslation("staff.import.grid.line")).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(this::status).setHeader(getTranslation("staff.import.grid.status")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(Row::email).setHeader(getTranslation("staff.import.column.EMAIL")).setWidth("14rem").setFlexGrow(1);
        // Problems next to the e-mail, so that a tablet shows them without scrolling sideways.
        addComponentColumn(this::details).setHeader(getTranslation("staff.import.grid.details")).setWidth("18rem")
                .setFlexGrow(2);
        addColumn(row -> name(row)).setHeader(getTranslation("staff.grid.column.person")).setAutoWidth(true);
        addColumn(row -> row.subjectGroup() == null ? "" : row.subjectGroup())
                .setHeader(getTranslation("staff.import.column.SUBJECT_GROUP")).setAutoWidth(true);
        addColumn(row -> role(row.role())).setHeader(getTranslation("staff.import.column.ROLE")).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setHeight("28rem");
        getElement().setAttribute("aria-label", getTranslation("staff.import.grid.aria-label"));
    }

    void show(ImportPreview preview, boolean errorsOnly) {
        rows = preview.rows();
        filter(errorsOnly);
    }

    void filter(boolean errorsOnly) {
        setItems(errorsOnly ? rows.stream().filter(row -> row.status() == Status.ERROR).toList() : rows);
    }

    private Component status(Row row) {
        var status = new Span(getTranslation("staff.import.status." + row.status().name()));
        status.getElement().getThemeList().add("badge " + switch (row.status()) {
            case NEW -> "success";
            case UPDATE -> "";
            case UNCHANGED -> "contrast";
            case ERROR -> "error";
        });
        return status;
    }

    private Component details(Row row) {
        var details = new Div();
        details.addClassName("import-details");
        row.errors().forEach((column, message) ->
                details.add(new Div(getTranslation(column.messageKey()) + ": " + message)));
        row.changes().forEach((column, change) -> details.add(new Div(getTranslation(column.messageKey()) + ": "
                + value(change.before()) + " → " + value(change.after()))));
        return details;
    }

    private String value(Object value) {
        return switch (value) {
            case null -> getTranslation("history.none");
            case Role role -> role(role);
            default -> value.toString();
        };
    }

    private String role(Role role) {
        return role == null ? "" : getTranslation(role.messageKey());
    }

    private static String name(Row row) {
        return String.join(" ", row.firstName() == null ? "" : row.firstName(),
                row.lastName() == null ? "" : row.lastName()).strip();
    }
}
