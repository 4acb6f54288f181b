package org.staffroom.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.Consumer;
import org.staffroom.base.domain.DuplicateValueException;
import org.staffroom.base.ui.Refusals;
import org.staffroom.security.PasswordPolicy;
import org.staffroom.security.Role;
import org.staffroom.security.WeakPasswordException;
import org.staffroom.staff.AccountService;
import org.staffroom.staff.Staff;
import org.staffroom.subjectgroup.SubjectGroupService;
import org.staffroom.base.ui.FieldMessages;

/** An administrator creates an account; the new person must change the password first. */
class NewStaffDialog extends Dialog {

    private final EmailField email = new EmailField(getTranslation("staff.new-dialog.email"));
    private final TextField firstName = new TextField(getTranslation("staff.new-dialog.first-name"));
    private final TextField lastName = new TextField(getTranslation("staff.new-dialog.last-name"));
    private final SubjectGroupPicker subjectGroup;
    private final Select<Role> role = new Select<>();
    private final InitialPasswordField initialPassword;
    private final Button create = new Button(getTranslation("staff.new-dialog.create"));
    private final Button cancel = new Button(getTranslation("staff.new-dialog.cancel"));

    private final BeanValidationBinder<Staff> binder = new BeanValidationBinder<>(Staff.class);
    private final AccountService accountService;
    private final Consumer<AccountService.Result> onCreated;
    private final Staff draft = Staff.draft();

    NewStaffDialog(AccountService accountService, SubjectGroupService subjectGroupService,
            Consumer<AccountService.Result> onCreated) {
        this.accountService = accountService;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("staff.new-dialog.title"));
        addClassName("new-staff-dialog");
        setWidth("min(40rem, 100%)");
        subjectGroup = new SubjectGroupPicker(getTranslation("staff.new-dialog.subject-group"), subjectGroupService);
        FieldMessages.apply(email, Staff.EMAIL_MAX_LENGTH);
        FieldMessages.apply(firstName, Staff.NAME_MAX_LENGTH);
        FieldMessages.apply(lastName, Staff.NAME_MAX_LENGTH);
        role.setLabel(getTranslation("staff.new-dialog.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(item -> item == null ? "" : getTranslation(item.messageKey()));
        initialPassword = new InitialPasswordField(accountService,
                () -> new PasswordPolicy.Person(email.getValue(), firstName.getValue(), lastName.getValue()));

        binder.forField(email).bind("email");
        binder.forField(firstName).bind("firstName");
        binder.forField(lastName).bind("lastName");
        binder.forField(subjectGroup).bind(Staff::getSubjectGroup, Staff::setSubjectGroup);
        binder.forField(role).bind("role");
        binder.setBean(draft);

        var form = new FormLayout(email, firstName, lastName, subjectGroup, role, initialPassword);
        form.setColspan(email, 2);
        form.setColspan(initialPassword, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> submit());
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, create);
        addOpenedChangeListener(opened -> email.focus());
    }

    private void submit() {
        boolean detailsValid = binder.validate().isOk();
        var password = initialPassword.value();
        if (!detailsValid || password.isEmpty()) {
            return;
        }
        try {
            AccountService.Result result = accountService.createAccount(draft, password.get());
            close();
            onCreated.accept(result);
        } catch (DuplicateValueException duplicate) {
            Refusals.showAt(email, duplicate);
        } catch (WeakPasswordException weak) {
            initialPassword.showRefusal(weak);
        }
    }
}
