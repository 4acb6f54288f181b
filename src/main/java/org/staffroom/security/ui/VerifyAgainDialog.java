package org.staffroom.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import org.staffroom.base.ui.Notifications;
import org.staffroom.security.CurrentUser;
import org.staffroom.security.SecondFactorService;
import org.staffroom.security.SignOutReason;

/** "Confirm it's you": a code from the app, a passkey, or (without either) the password, then the action goes on. */
class VerifyAgainDialog extends Dialog {

    final VerificationCodeField code = new VerificationCodeField();
    final PasswordField password = new PasswordField();
    final Button useRecoveryCode;
    final Button usePasskey = new Button();
    final Button verify = new Button();
    final Button cancel = new Button();

    private final SecondFactorService secondFactors;
    private final CurrentUser currentUser;
    private final Runnable onVerified;

    VerifyAgainDialog(SecondFactorService secondFactors, CurrentUser currentUser, Runnable onVerified) {
        this.secondFactors = secondFactors;
        this.currentUser = currentUser;
        this.onVerified = onVerified;
        setHeaderTitle(getTranslation("security.verify-again.title"));
        addClassName("verify-again-dialog");
        setCloseOnOutsideClick(false);
        SecondFactorService.Proof proof = secondFactors.reverificationProof();
        add(new Paragraph(getTranslation("security.verify-again.explanation." + proof.name().toLowerCase())));
        password.setLabel(getTranslation("security.verify-again.password"));
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        useRecoveryCode = code.switchKind();
        usePasskey.setText(getTranslation("security.verify-again.passkey"));
        usePasskey.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        usePasskey.addClickListener(click -> PasskeyBrowser.signIn(this, false, outcome -> {
            if (outcome == PasskeyBrowser.Outcome.SIGNED_IN) {
                verified();
            } else {
                Notifications.error(getTranslation("security.verify-again.passkey-failed"));
            }
        }));
        verify.setText(getTranslation("security.verify-again.confirm"));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(click -> submit());
        verify.addClickShortcut(Key.ENTER);
        cancel.setText(getTranslation("security.verify-again.cancel"));
        cancel.addClickListener(click -> close());
        switch (proof) {
            case CODE -> add(code, useRecoveryCode);
            case PASSWORD -> add(password);
            case PASSKEY -> { }
        }
        verify.setVisible(proof != SecondFactorService.Proof.PASSKEY);
        usePasskey.setVisible(proof == SecondFactorService.Proof.PASSKEY);
        getFooter().add(cancel, usePasskey, verify);
    }

    private void submit() {
        boolean byPassword = password.getParent().isPresent();
        String value = byPassword ? password.getValue() : code.getValue();
        if (!byPassword && !code.checkFilled()) {
            return;
        }
        try {
            secondFactors.verifyAgain(value);
        } catch (SecondFactorService.RefusedException refused) {
            if (byPassword) {
                password.setErrorMessage(getTranslation(refused.messageKey()));
                password.setInvalid(true);
            } else {
                code.setErrorMessage(getTranslation(refused.messageKey()));
                code.setInvalid(true);
            }
            if (refused.locked()) {
                close();
                currentUser.logout(SignOutReason.LOCKED);
            }
            return;
        }
        verified();
    }

    private void verified() {
        close();
        onVerified.run();
    }
}
