package org.staffroom.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.staffroom.base.ui.InlineRowEditor;
import org.staffroom.security.Role;
import org.staffroom.security.ui.Reverification;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffDetails;
import org.staffroom.staff.StaffService;
import org.staffroom.staff.StaffSort;
import org.staffroom.subjectgroup.SubjectGroupService;
import org.staffroom.base.ui.FieldMessages;

/**
 * The staff grid's row editor: what an administrator edits about a person, never the
 * password. Each field is bound to its property by name and belongs to the column of the
 * same key, whatever order the grid shows them in.
 */
class StaffRowEditor {

    final TextField lastName = new TextField();
    final TextField firstName = new TextField();
    final EmailField email = new EmailField();
    final SubjectGroupPicker subjectGroup;
    final Select<Role> role = new Select<>();

    private final InlineRowEditor<Staff> editor;
    private final Map<StaffSort, Component> fieldsByColumn = new EnumMap<>(StaffSort.class);

    StaffRowEditor(Grid<Staff> grid, StaffService staffService, SubjectGroupService subjectGroupService,
            Reverification reverification) {
        subjectGroup = new SubjectGroupPicker(null, subjectGroupService);
        role.setItems(Role.values());
        role.setItemLabelGenerator(item -> item == null ? "" : grid.getTranslation(item.messageKey()));

        FieldMessages.apply(lastName, Staff.NAME_MAX_LENGTH);
        FieldMessages.apply(firstName, Staff.NAME_MAX_LENGTH);
        FieldMessages.apply(email, Staff.EMAIL_MAX_LENGTH);
        var binder = new BeanValidationBinder<>(Staff.class);
        binder.forField(lastName).bind("lastName");
        binder.forField(firstName).bind("firstName");
        binder.forField(email).bind("email");
        binder.forField(subjectGroup).bind("subjectGroup");
        binder.forField(role).bind("role");

        editor = new InlineRowEditor<>(grid, binder, person -> {
            staffService.update(person.getId(), person.getVersion(), details());
            return staffService.get(person.getId());
        }, saved -> grid.getTranslation("staff.grid.notification.saved", saved.getFullName()));
        // A role change is sensitive: an admin whose last proof is old confirms who they are first.
        editor.setBeforeSave((person, proceed) -> {
            if (role.getValue() != person.getRole()) {
                reverification.confirmFirst(proceed);
            } else {
                proceed.run();
            }
        });
        fieldsByColumn.put(StaffSort.LAST_NAME, editor.addField(lastName));
        fieldsByColumn.put(StaffSort.FIRST_NAME, editor.addField(firstName));
        fieldsByColumn.put(StaffSort.EMAIL, editor.addField(email));
        fieldsByColumn.put(StaffSort.SUBJECT_GROUP, editor.addField(subjectGroup));
        fieldsByColumn.put(StaffSort.ROLE, editor.addField(role));
        editor.showDuplicatesAt(email);
    }

    InlineRowEditor<Staff> inline() {
        return editor;
    }

    /** The field of each editable column, by the column's key. */
    Map<StaffSort, Component> fieldsByColumn() {
        return Collections.unmodifiableMap(fieldsByColumn);
    }

    private StaffDetails details() {
        return new StaffDetails(email.getValue(), firstName.getValue(), lastName.getValue(),
                subjectGroup.getValue(), role.getValue());
    }
}
