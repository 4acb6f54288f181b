package org.staffroom.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.staffroom.base.ui.Notifications;
import org.staffroom.security.CurrentUser;
import org.staffroom.security.SecondFactorService;
import org.staffroom.security.SignInStep;
import org.staffroom.security.SignOutReason;

/** The step after a right password: the code from the authenticator app, a recovery code, or a passkey. */
@Route(value = "sign-in/verify", autoLayout = false)
@PermitAll
public class VerifySecondFactorView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final VerificationCodeField code = new VerificationCodeField();
    final Button verify = new Button();
    final Button useRecoveryCode;
    final Button usePasskey;
    final Button logout = new Button();

    private final SecondFactorService secondFactors;
    private final CurrentUser currentUser;

    VerifySecondFactorView(SecondFactorService secondFactors, CurrentUser currentUser) {
        this.secondFactors = secondFactors;
        this.currentUser = currentUser;
        addClassName("sign-in-step-view");
        code.setAutofocus(true);
        code.addKeyDownListener(Key.ENTER, enter -> submit());
        verify.setText(getTranslation("security.mfa.verify"));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(click -> submit());
        useRecoveryCode = code.switchKind();
        // Shown once the browser says it can use passkeys.
        usePasskey = new PasskeySignInButton("security.mfa.use-passkey", Notifications::error, this::showPasskey);
        usePasskey.setVisible(false);
        logout.setText(getTranslation("security.must-change.logout"));
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(click -> currentUser.logout());
        var form = new Div(code, verify);
        form.addClassName("sign-in-step-form");
        add(new H1(getTranslation("base.app-name")), new H2(getTranslation("security.mfa.verify.title")),
                new Paragraph(getTranslation("security.mfa.verify.explanation")), form, useRecoveryCode, usePasskey,
                logout);
    }

    private void showPasskey(boolean supported) {
        usePasskey.setVisible(supported);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Only while this step is left: once it is done the address leads home.
        if (currentUser.signInStep() != SignInStep.VERIFY_SECOND_FACTOR) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.mfa.verify.page-title");
    }

    private void submit() {
        if (!code.checkFilled()) {
            return;
        }
        try {
            secondFactors.verifySignIn(code.getValue());
        } catch (SecondFactorService.RefusedException refused) {
            if (refused.locked()) {
                currentUser.logout(SignOutReason.LOCKED);
                return;
            }
            code.setErrorMessage(getTranslation(refused.messageKey()));
            code.setInvalid(true);
            code.focus();
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(""));
    }
}
