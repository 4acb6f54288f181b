package org.staffroom.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.EnumMap;
import java.util.Map;
import org.staffroom.base.ui.FieldMessages;
import org.staffroom.base.ui.InlineRowEditor;
import org.staffroom.security.Role;
import org.staffroom.security.ui.Reverification;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffDetails;
import org.staffroom.staff.StaffService;
import org.staffroom.staff.StaffSort;
import org.staffroom.subjectgroup.SubjectGroupService;

/**
 * The staff grid's row editor: what an administrator edits about a person, never the
 * password. Each field is bound to its property by name and belongs to the column of the
 * same key, whatever order the grid shows them in. The fields are made when the first row
 * opens (until then they are null): five fields with their state in the browser's mirror
 * were a fifth of a session that only looks at the list.
 */
class StaffRowEditor {

    TextField lastName;
    TextField firstName;
    EmailField email;
    SubjectGroupPicker subjectGroup;
    Select<Role> role;

    private final StaffGrid grid;
    private final BeanValidationBinder<Staff> binder = new BeanValidationBinder<>(Staff.class);
    private final InlineRowEditor<Staff> editor;

    StaffRowEditor(StaffGrid grid, StaffService staffService, SubjectGroupService subjectGroupService,
            Reverification reverification) {
        this.grid = grid;
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
        editor.createFieldsAtFirstEdit(() -> createFields(subjectGroupService));
    }

    InlineRowEditor<Staff> inline() {
        return editor;
    }

    private void createFields(SubjectGroupService subjectGroupService) {
        lastName = new TextField();
        firstName = new TextField();
        email = new EmailField();
        subjectGroup = new SubjectGroupPicker(null, subjectGroupService);
        role = new Select<>();
        role.setItems(Role.values());
        role.setItemLabelGenerator(item -> item == null ? "" : grid.getTranslation(item.messageKey()));

        FieldMessages.apply(lastName, Staff.NAME_MAX_LENGTH);
        FieldMessages.apply(firstName, Staff.NAME_MAX_LENGTH);
        FieldMessages.apply(email, Staff.EMAIL_MAX_LENGTH);
        binder.forField(lastName).bind("lastName");
        binder.forField(firstName).bind("firstName");
        binder.forField(email).bind("email");
        binder.forField(subjectGroup).bind("subjectGroup");
        binder.forField(role).bind("role");

        Map<StaffSort, Component> fieldsByColumn = new EnumMap<>(StaffSort.class);
        fieldsByColumn.put(StaffSort.LAST_NAME, editor.addField(lastName));
        fieldsByColumn.put(StaffSort.FIRST_NAME, editor.addField(firstName));
        fieldsByColumn.put(StaffSort.EMAIL, editor.addField(email));
        fieldsByColumn.put(StaffSort.SUBJECT_GROUP, editor.addField(subjectGroup));
        fieldsByColumn.put(StaffSort.ROLE, editor.addField(role));
        editor.showDuplicatesAt(email);
        grid.placeEditorFields(fieldsByColumn);
        editor.putButtonsIn(grid.getColumnByKey(StaffGrid.ACTIONS_COLUMN));
    }

    private StaffDetails details() {
        return new StaffDetails(email.getValue(), firstName.getValue(), lastName.getValue(),
                subjectGroup.getValue(), role.getValue());
    }
}
