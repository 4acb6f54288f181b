package org.staffroom.security.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
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
@PermitAll
public class MustChangePasswordView extends Main implements HasDynamicTitle {

    final Button logout = new Button();
    final ChangePasswordDialog dialog;

    MustChangePasswordView(PasswordChangeService passwordChangeService, PasswordPolicy passwordPolicy,
            CurrentUser currentUser) {
        addClassName("must-change-view");
        logout.setText(getTranslation("security.must-change.logout"));
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(click -> currentUser.logout());
        add(new H1(getTranslation("base.app-name")),
                new Paragraph(getTranslation("security.must-change.explanation")),
                logout);
        dialog = new ChangePasswordDialog(passwordChangeService, passwordPolicy, false,
                () -> getUI().ifPresent(ui -> ui.navigate("")));
        dialog.setModal(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.must-change.page-title");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        dialog.open();
    }
}
