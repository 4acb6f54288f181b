package org.staffroom.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import org.staffroom.security.SecondFactorService;

/**
 * Setting up an authenticator app: a QR code to scan, or the key to type, then one code to
 * prove it works. The recovery codes that follow go to {@code onConfirmed}.
 */
class AuthenticatorAppSetup extends Div {

    private static final int QR_SIZE = 200;

    final Image qrCode = new Image();
    final Span key = new Span();
    final VerificationCodeField code = new VerificationCodeField();
    final Button confirm = new Button();

    private final SecondFactorService secondFactors;
    private final SerializableConsumer<List<String>> onConfirmed;

    AuthenticatorAppSetup(SecondFactorService secondFactors, SerializableConsumer<List<String>> onConfirmed) {
        this.secondFactors = secondFactors;
        this.onConfirmed = onConfirmed;
        addClassName("authenticator-app-setup");
        // Started by start(): a fresh factor may have to be proven first (Reverification).
        SecondFactorService.AppEnrolment enrolment = secondFactors.beginAppEnrolment();
        qrCode.setSrc(QrCode.pngDataUri(enrolment.uri(), QR_SIZE));
        qrCode.setAlt(getTranslation("security.mfa.app.qr-alt"));
        qrCode.addClassName("qr-code");
        key.setText(grouped(enrolment.secret()));
        key.addClassName("totp-key");
        key.getElement().setAttribute("aria-label", getTranslation("security.mfa.app.key"));
        var keyLine = new Paragraph(new Span(getTranslation("security.mfa.app.key") + ": "), key);
        confirm.setText(getTranslation("security.mfa.app.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> submit());
        code.addKeyDownListener(Key.ENTER, enter -> submit());
        var steps = new Div(new Paragraph(getTranslation("security.mfa.app.scan")), keyLine, code, confirm);
        steps.addClassName("authenticator-app-steps");
        add(qrCode, steps);
    }

    private void submit() {
        if (!code.checkFilled()) {
            return;
        }
        try {
            onConfirmed.accept(secondFactors.confirmAppEnrolment(code.getValue()));
        } catch (SecondFactorService.RefusedException refused) {
            code.setErrorMessage(getTranslation(refused.messageKey()));
            code.setInvalid(true);
            code.focus();
        }
    }

    // Groups of four, as apps show and people type them.
    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
