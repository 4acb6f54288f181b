package org.staffroom.staff.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import java.util.function.Supplier;
import org.staffroom.base.domain.UserFacingException;
import org.staffroom.base.ui.Refusals;
import org.staffroom.security.PasswordPolicy;
import org.staffroom.staff.AccountService.InitialPassword;
import org.staffroom.staff.AccountService;
import org.staffroom.base.ui.FieldMessages;

/**
 * The initial password an administrator sets: generated (shown once afterwards) or
 * typed twice and checked by the password policy. Either way the person must change it.
 */
class InitialPasswordField extends VerticalLayout {

    /** How the initial password is chosen; the labels are translated. */
    enum Choice {
        GENERATE, TYPE;

        String messageKey() {
            return "staff.initial-password.choice." + name();
        }
    }

    private final RadioButtonGroup<Choice> choice = new RadioButtonGroup<>(getTranslation("staff.initial-password.label"));
    private final PasswordField password = new PasswordField(getTranslation("staff.initial-password.password"));
    private final PasswordField confirmation = new PasswordField(getTranslation("staff.initial-password.confirmation"));

    private final AccountService accountService;
    private final Supplier<PasswordPolicy.Person> person;

    InitialPasswordField(AccountService accountService, Supplier<PasswordPolicy.Person> person) {
        this.accountService = accountService;
        this.person = person;
        setPadding(false);
        setSpacing(false);
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(item -> getTranslation(item.messageKey()));
        choice.setValue(Choice.GENERATE);
        choice.setHelperText(getTranslation("staff.initial-password.helper"));
        for (PasswordField field : new PasswordField[] {password, confirmation}) {
            field.setWidthFull();
            FieldMessages.apply(field, PasswordPolicy.MAX_LENGTH);
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.setVisible(false);
        }
        choice.addValueChangeListener(change -> {
            boolean typed = change.getValue() == Choice.TYPE;
            password.setVisible(typed);
            confirmation.setVisible(typed);
        });
        add(choice, password, confirmation);
    }

    /** The chosen password, or empty with the errors shown at the fields. */
    Optional<InitialPassword> value() {
        if (choice.getValue() == Choice.GENERATE) {
            return Optional.of(InitialPassword.generated());
        }
        Optional<PasswordPolicy.Violation> violation = accountService.checkInitialPassword(password.getValue(),
                person.get());
        password.setInvalid(violation.isPresent());
        violation.ifPresent(broken -> password.setErrorMessage(
                getTranslation(broken.messageKey(), broken.arguments())));
        boolean matches = password.getValue().equals(confirmation.getValue());
        confirmation.setInvalid(!matches);
        confirmation.setErrorMessage(matches ? null : getTranslation("staff.initial-password.mismatch"));
        return violation.isEmpty() && matches ? Optional.of(InitialPassword.of(password.getValue())) : Optional.empty();
    }

    /** Shows the password policy's refusal at the password field. */
    void showRefusal(UserFacingException refusal) {
        Refusals.showAt(password, refusal);
    }
}
