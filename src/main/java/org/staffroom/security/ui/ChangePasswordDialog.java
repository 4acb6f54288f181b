package org.staffroom.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.staffroom.base.ui.Notifications;
import org.staffroom.security.PasswordChangeService;
import org.staffroom.security.PasswordPolicy;
import org.staffroom.base.ui.FieldMessages;

/** Everyone's own password change: current password, new password, confirmation. */
public class ChangePasswordDialog extends Dialog {

    /** The three values the dialog binds; never stored anywhere else. */
    static final class PasswordChange {
        private String currentPassword = "";
        private String newPassword = "";
        private String confirmation = "";

        String getCurrentPassword() {
            return currentPassword;
        }

        void setCurrentPassword(String value) {
            currentPassword = value;
        }

        String getNewPassword() {
            return newPassword;
        }

        void setNewPassword(String value) {
            newPassword = value;
        }

        String getConfirmation() {
            return confirmation;
        }

        void setConfirmation(String value) {
            confirmation = value;
        }
    }

    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<PasswordChange> binder = new Binder<>();
    private final PasswordChangeService passwordChangeService;
    private final PasswordPolicy passwordPolicy;
    private final PasswordPolicy.Person person;
    private final Runnable onChanged;

    public ChangePasswordDialog(PasswordChangeService passwordChangeService, PasswordPolicy passwordPolicy,
            boolean cancellable, Runnable onChanged) {
        this.passwordChangeService = passwordChangeService;
        this.passwordPolicy = passwordPolicy;
        this.person = passwordChangeService.currentPerson();
        this.onChanged = onChanged;
        setHeaderTitle(getTranslation("security.change-password.title"));
        setCloseOnOutsideClick(false);
        setCloseOnEsc(cancellable);
        addClassName("change-password-dialog");
        currentPassword.setLabel(getTranslation("security.change-password.current"));
        newPassword.setLabel(getTranslation("security.change-password.new"));
        confirmation.setLabel(getTranslation("security.change-password.confirmation"));
        save.setText(getTranslation("security.change-password.save"));
        cancel.setText(getTranslation("security.change-password.cancel"));

        currentPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        FieldMessages.apply(currentPassword, PasswordPolicy.MAX_LENGTH);
        FieldMessages.apply(newPassword, PasswordPolicy.MAX_LENGTH);
        FieldMessages.apply(confirmation, PasswordPolicy.MAX_LENGTH);
        newPassword.setValueChangeMode(ValueChangeMode.LAZY);
        newPassword.setHelperText(lengthHint());
        newPassword.addValueChangeListener(change -> showStrength(change.getValue()));

        binder.forField(currentPassword)
                .asRequired(getTranslation("security.change-password.current.required"))
                .bind(PasswordChange::getCurrentPassword, PasswordChange::setCurrentPassword);
        binder.forField(newPassword)
                .asRequired(getTranslation("security.change-password.new.required"))
                .withValidator((value, context) -> passwordPolicy.violation(value, person)
                        .map(violation -> ValidationResult.error(
                                getTranslation(violation.messageKey(), violation.arguments())))
                        .orElse(ValidationResult.ok()))
                .withValidator(value -> !value.equals(currentPassword.getValue()),
                        getTranslation("security.password.same-as-current"))
                .bind(PasswordChange::getNewPassword, PasswordChange::setNewPassword);
        binder.forField(confirmation)
                .asRequired(getTranslation("security.change-password.confirmation.required"))
                .withValidator(value -> value.equals(newPassword.getValue()),
                        getTranslation("security.change-password.mismatch"))
                .bind(PasswordChange::getConfirmation, PasswordChange::setConfirmation);
        binder.setBean(new PasswordChange());
        newPassword.addValueChangeListener(change -> {
            if (!confirmation.isEmpty()) {
                binder.validate();
            }
        });

        var form = new FormLayout(currentPassword, newPassword, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> submit());
        save.addClickShortcut(Key.ENTER);
        cancel.addClickListener(click -> close());
        cancel.setVisible(cancellable);
        getFooter().add(cancel, save);
    }

    private void showStrength(String value) {
        newPassword.setHelperText(value.isEmpty() ? lengthHint()
                : getTranslation("security.change-password.strength",
                        getTranslation(passwordPolicy.strength(value, person).messageKey())));
    }

    private String lengthHint() {
        return getTranslation("security.change-password.hint", PasswordPolicy.MIN_LENGTH);
    }

    private void submit() {
        if (binder.validate().hasErrors()) {
            return;
        }
        try {
            passwordChangeService.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
        } catch (PasswordChangeService.RefusedException refused) {
            PasswordField field = refused.field() == PasswordChangeService.Field.CURRENT_PASSWORD
                    ? currentPassword : newPassword;
            field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            field.setInvalid(true);
            field.focus();
            return;
        }
        close();
        Notifications.success(getTranslation("security.change-password.success"));
        onChanged.run();
    }
}
