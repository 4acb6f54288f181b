package org.staffroom.security.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.staffroom.security.CurrentUser;
import org.staffroom.security.PasswordChangeService;
import org.staffroom.security.PasswordPolicy;

/**
 * Where every route leads while the password was set by someone else (ASVS 6.4.1):
 * the person changes it or logs out, nothing else.
 */
@Route(value = "change-password", autoLayout = false)
@PageTitle("Change your password · Staffroom")
@PermitAll
public class MustChangePasswordView extends Main {

    final Button logout = new Button("Log out");
    final ChangePasswordDialog dialog;

    MustChangePasswordView(PasswordChangeService passwordChangeService, PasswordPolicy passwordPolicy,
            CurrentUser currentUser) {
        addClassName("must-change-view");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(click -> currentUser.logout());
        add(new H1("Staffroom"),
                new Paragraph("Your password was set by someone else. Choose your own password to continue."),
                logout);
        dialog = new ChangePasswordDialog(passwordChangeService, passwordPolicy, false,
                () -> getUI().ifPresent(ui -> ui.navigate("")));
        dialog.setModal(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        dialog.open();
    }
}
