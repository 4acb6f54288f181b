package org.staffroom.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.staffroom.base.ui.DateTimes;
import org.staffroom.staff.StaffHistoryService;
import org.staffroom.staff.StaffHistoryService.DeletedStaff;

/** The people who were deleted, most recent first: who deleted them when, and each one's history. */
class DeletedStaffDialog extends Dialog {

    DeletedStaffDialog(StaffHistoryService history) {
        addClassName("deleted-staff-dialog");
        setHeaderTitle(getTranslation("staff.deleted.title"));
        setWidth("min(60rem, 100%)");
        setHeight("min(40rem, 100%)");
        var when = DateTimes.toTheMinute();
        Grid<DeletedStaff> people = new Grid<>();
        people.addColumn(DeletedStaff::fullName).setHeader(getTranslation("staff.grid.column.person"))
                .setAutoWidth(true);
        people.addColumn(DeletedStaff::email).setHeader(getTranslation("staff.grid.column.email")).setFlexGrow(1);
        people.addColumn(person -> when.format(person.deletion().at()))
                .setHeader(getTranslation("staff.deleted.column.deleted")).setAutoWidth(true).setFlexGrow(0);
        people.addColumn(person -> person.deletion().actorName()).setHeader(getTranslation("staff.deleted.column.by"))
                .setAutoWidth(true);
        people.addComponentColumn(person -> {
            var open = new Button(getTranslation("staff.grid.actions.history"),
                    click -> StaffHistory.open(this, history, person.id(), person.fullName()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.setAriaLabel(getTranslation("staff.history.title", person.fullName()));
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        people.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        people.setSizeFull();
        people.setEmptyStateText(getTranslation("staff.deleted.empty"));
        people.getElement().setAttribute("aria-label", getTranslation("staff.deleted.title"));
        people.setItems(query -> history.deleted(query.getOffset(), query.getLimit()).stream());
        add(people);
        getFooter().add(new Button(getTranslation("history.close"), click -> close()));
    }
}
