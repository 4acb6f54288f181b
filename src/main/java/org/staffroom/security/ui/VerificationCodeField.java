package org.staffroom.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Where a person types the six digits from their authenticator app, or one of their
 * recovery codes instead: the phone's keyboard and password managers know which.
 */
class VerificationCodeField extends TextField {

    private static final int RECOVERY_CODE_LENGTH = 14;

    private final Button switchKind = new Button();
    private boolean recovery;

    VerificationCodeField() {
        addClassName("verification-code");
        setRequiredIndicatorVisible(true);
        switchKind.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        switchKind.addClickListener(click -> {
            useRecoveryCode(!recovery);
            focus();
        });
        useRecoveryCode(false);
    }

    /** The button that switches between the app's code and a recovery code, to place beside the field. */
    Button switchKind() {
        return switchKind;
    }

    /** Switches between the app's code and a recovery code; what was typed is cleared. */
    void useRecoveryCode(boolean recovery) {
        this.recovery = recovery;
        switchKind.setText(getTranslation(recovery ? "security.mfa.use-app-code" : "security.mfa.use-recovery-code"));
        clear();
        setInvalid(false);
        setLabel(getTranslation(recovery ? "security.mfa.recovery-code" : "security.mfa.code"));
        setHelperText(getTranslation(recovery ? "security.mfa.recovery-code.hint" : "security.mfa.code.hint"));
        // Vaadin's Autocomplete has no "one-time-code"; the attribute is what browsers read.
        getElement().setAttribute("autocomplete", recovery ? "off" : "one-time-code");
        getElement().setAttribute("inputmode", recovery ? "text" : "numeric");
        getElement().setAttribute("autocapitalize", recovery ? "characters" : "off");
        setMaxLength(recovery ? RECOVERY_CODE_LENGTH : 7);
        setPattern(recovery ? "" : "[0-9 ]*");
        setAllowedCharPattern(recovery ? "[A-Za-z0-9- ]" : "[0-9 ]");
    }

    /** Whether anything was typed; else the field says what it needs. */
    boolean checkFilled() {
        if (getValue().isBlank()) {
            setErrorMessage(getTranslation("security.mfa.code.required"));
            setInvalid(true);
            focus();
            return false;
        }
        return true;
    }
}
