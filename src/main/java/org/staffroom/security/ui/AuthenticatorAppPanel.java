package org.staffroom.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.staffroom.base.ui.DestructiveConfirmation;
import org.staffroom.base.ui.Notifications;
import org.staffroom.base.ui.Refusals;
import org.staffroom.security.SecondFactorService;
import org.staffroom.security.SecondFactorService.Sensitivity;

/** The person's authenticator app: on or off, set it up, new recovery codes, remove it. */
class AuthenticatorAppPanel extends Div {

    final Paragraph state = new Paragraph();
    final Button setUp = new Button();
    final Button newCodes = new Button();
    final Button remove = new Button();

    private final SecondFactorService secondFactors;
    private final Reverification reverification;
    private final Runnable onChange;

    AuthenticatorAppPanel(SecondFactorService secondFactors, Reverification reverification, Runnable onChange) {
        this.secondFactors = secondFactors;
        this.reverification = reverification;
        this.onChange = onChange;
        addClassName("authenticator-app-panel");
        state.getElement().setAttribute("role", "status");
        setUp.setText(getTranslation("security.mfa.app.set-up"));
        setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setUp.addClickListener(click -> reverification.confirmFirst(Sensitivity.FACTOR_CHANGE, this::openSetup));
        newCodes.setText(getTranslation("security.mfa.recovery-codes.new"));
        newCodes.addClickListener(click -> reverification.confirmFirst(Sensitivity.FACTOR_CHANGE, () ->
                Refusals.attempt(this, () -> showCodes(secondFactors.newRecoveryCodes()))));
        remove.setText(getTranslation("security.mfa.app.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> confirmRemove());
        add(state, new HorizontalLayout(setUp, newCodes, remove));
    }

    void show(SecondFactorService.Status status) {
        state.setText(status.authenticatorApp()
                ? getTranslation("security.mfa.app.on", status.recoveryCodesLeft())
                : getTranslation("security.mfa.app.off"));
        setUp.setVisible(!status.authenticatorApp());
        newCodes.setVisible(status.authenticatorApp());
        remove.setVisible(status.authenticatorApp());
    }

    private void openSetup() {
        var dialog = new Dialog(getTranslation("security.mfa.app.title"));
        dialog.addClassName("authenticator-app-dialog");
        dialog.setCloseOnOutsideClick(false);
        var setup = new AuthenticatorAppSetup(secondFactors, codes -> {
            dialog.close();
            showCodes(codes);
            onChange.run();
        });
        dialog.add(setup);
        dialog.getFooter().add(new Button(getTranslation("security.verify-again.cancel"), click -> dialog.close()));
        dialog.open();
        setup.code.focus();
    }

    private void showCodes(List<String> codes) {
        var dialog = new Dialog(getTranslation("security.mfa.recovery-codes.title"));
        dialog.setCloseOnOutsideClick(false);
        dialog.add(new RecoveryCodesPanel(codes));
        var done = new Button(getTranslation("security.mfa.recovery-codes.done"), click -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.open();
        onChange.run();
    }

    private void confirmRemove() {
        DestructiveConfirmation.open(getTranslation("security.mfa.app.remove.title"),
                getTranslation("security.mfa.app.remove.text"), getTranslation("security.mfa.app.remove.confirm"),
                getTranslation("security.passkeys.rename.cancel"),
                () -> reverification.confirmFirst(Sensitivity.FACTOR_CHANGE, () -> {
                    if (Refusals.attempt(this, secondFactors::removeAuthenticatorApp)) {
                        Notifications.success(getTranslation("security.mfa.app.removed"));
                    }
                    onChange.run();
                }));
    }
}
