package org.staffroom.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.staffroom.base.domain.PlainText;
import org.staffroom.base.ui.FieldMessages;
import org.staffroom.base.ui.Notifications;
import org.staffroom.security.SecondFactorService;

/**
 * Adds a passkey in this browser: the person names it ("School iPad"), the browser asks for
 * their fingerprint or PIN, and the passkey counts as proven. Browsers without passkeys say so
 * here and nothing else changes.
 */
class PasskeyAdder extends Div {

    static final int NAME_MAX_LENGTH = 100;

    final TextField name = new TextField();
    final Button add = new Button();
    final Paragraph unsupported = new Paragraph();

    private final SecondFactorService secondFactors;
    private final Reverification reverification;
    private final Runnable onAdded;

    PasskeyAdder(SecondFactorService secondFactors, Reverification reverification, Runnable onAdded) {
        this.secondFactors = secondFactors;
        this.reverification = reverification;
        this.onAdded = onAdded;
        addClassName("passkey-adder");
        name.setLabel(getTranslation("security.passkeys.name"));
        name.setPlaceholder(getTranslation("security.passkeys.name.placeholder"));
        name.setRequiredIndicatorVisible(true);
        FieldMessages.apply(name, NAME_MAX_LENGTH);
        add.setText(getTranslation("security.passkeys.add"));
        add.setIcon(new Icon(VaadinIcon.KEY));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> submit());
        unsupported.setText(getTranslation("security.passkeys.unsupported"));
        unsupported.addClassName("passkeys-unsupported");
        unsupported.setVisible(false);
        add(name, add, unsupported);
        PasskeyBrowser.whenKnownIfSupported(this, this::showSupported);
    }

    private void showSupported(boolean supported) {
        name.setEnabled(supported);
        add.setEnabled(supported);
        unsupported.setVisible(!supported);
    }

    private void submit() {
        String label = name.getValue().strip();
        if (label.isEmpty() || label.length() > NAME_MAX_LENGTH || !PlainText.Validator.isPlain(label)) {
            name.setErrorMessage(getTranslation(label.isEmpty() ? "security.passkeys.name.required"
                    : "security.passkeys.name.invalid"));
            name.setInvalid(true);
            name.focus();
            return;
        }
        name.setInvalid(false);
        reverification.confirmFirst(SecondFactorService.Sensitivity.FACTOR_CHANGE, () ->
                PasskeyBrowser.register(this, label, outcome -> {
                    switch (outcome) {
                        case ADDED -> {
                            name.clear();
                            // Empty again for the next one, not a mistake to point out.
                            name.setInvalid(false);
                            secondFactors.passkeyAdded();
                            Notifications.success(getTranslation("security.passkeys.added", label));
                            onAdded.run();
                        }
                        case CANCELLED -> Notifications.error(getTranslation("security.passkeys.cancelled"));
                        case UNSUPPORTED -> showSupported(false);
                        default -> Notifications.error(getTranslation("security.passkeys.add.failed"));
                    }
                }));
    }
}
