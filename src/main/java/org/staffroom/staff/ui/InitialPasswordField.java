package org.staffroom.staff.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import java.util.function.Supplier;
import org.staffroom.security.AccountService;
import org.staffroom.security.AccountService.InitialPassword;
import org.staffroom.security.PasswordPolicy;

/**
 * The initial password an administrator sets: generated (shown once afterwards) or
 * typed twice and checked by the password policy. Either way the person must change it.
 */
class InitialPasswordField extends VerticalLayout {

    static final String GENERATE = "Generate a password";
    static final String TYPE = "Type a password";

    final RadioButtonGroup<String> choice = new RadioButtonGroup<>("Initial password");
    final PasswordField password = new PasswordField("Password");
    final PasswordField confirmation = new PasswordField("Repeat the password");

    private final AccountService accountService;
    private final Supplier<PasswordPolicy.Person> person;

    InitialPasswordField(AccountService accountService, Supplier<PasswordPolicy.Person> person) {
        this.accountService = accountService;
        this.person = person;
        setPadding(false);
        setSpacing(false);
        choice.setItems(GENERATE, TYPE);
        choice.setValue(GENERATE);
        choice.setHelperText("The person must change it at their first sign-in.");
        for (PasswordField field : new PasswordField[] {password, confirmation}) {
            field.setWidthFull();
            field.setMaxLength(PasswordPolicy.MAX_LENGTH);
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.setVisible(false);
        }
        choice.addValueChangeListener(change -> {
            boolean typed = TYPE.equals(change.getValue());
            password.setVisible(typed);
            confirmation.setVisible(typed);
        });
        add(choice, password, confirmation);
    }

    /** The chosen password, or empty with the errors shown at the fields. */
    Optional<InitialPassword> value() {
        if (GENERATE.equals(choice.getValue())) {
            return Optional.of(InitialPassword.generated());
        }
        PasswordPolicy.Person who = person.get();
        Optional<String> violation = accountService.checkInitialPassword(password.getValue(), who.email(),
                who.firstName(), who.lastName());
        password.setInvalid(violation.isPresent());
        violation.ifPresent(password::setErrorMessage);
        boolean matches = password.getValue().equals(confirmation.getValue());
        confirmation.setInvalid(!matches);
        confirmation.setErrorMessage(matches ? null : "The passwords do not match.");
        return violation.isEmpty() && matches ? Optional.of(InitialPassword.of(password.getValue())) : Optional.empty();
    }

    void showRefusal(String message) {
        password.setErrorMessage(message);
        password.setInvalid(true);
    }
}
