package org.staffroom.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.staffroom.security.WeakPasswordException;
import org.staffroom.staff.AccountService;
import org.staffroom.staff.Staff;

/** Sets a new initial password for someone; it signs them out everywhere. */
class ResetPasswordDialog extends Dialog {

    private final InitialPasswordField initialPassword;
    private final Button reset = new Button(getTranslation("staff.reset-password.reset"));
    private final Button cancel = new Button(getTranslation("staff.reset-password.cancel"));

    private final AccountService accountService;
    private final Staff person;
    private final Consumer<AccountService.Result> onReset;

    ResetPasswordDialog(AccountService accountService, Staff person, Consumer<AccountService.Result> onReset) {
        this.accountService = accountService;
        this.person = person;
        this.onReset = onReset;
        setHeaderTitle(getTranslation("staff.reset-password.title", person.getFullName()));
        initialPassword = new InitialPasswordField(accountService, person::passwordOwner);
        add(new Paragraph(getTranslation("staff.reset-password.text", person.getFullName())), initialPassword);
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reset.addClickListener(click -> submit());
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, reset);
    }

    private void submit() {
        var password = initialPassword.value();
        if (password.isEmpty()) {
            return;
        }
        try {
            AccountService.Result result = accountService.resetPassword(person.getId(), password.get());
            close();
            onReset.accept(result);
        } catch (WeakPasswordException weak) {
            initialPassword.showRefusal(weak);
        }
    }
}
