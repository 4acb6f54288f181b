package org.staffroom.security.ui;

import org.springframework.stereotype.Component;
import org.staffroom.security.CurrentUser;
import org.staffroom.security.SecondFactorService;
import org.staffroom.security.SecondFactorService.Sensitivity;

/**
 * Sensitive actions ask the person to prove a factor again when their last proof is older
 * than the action allows (15 minutes for role changes, password and second-factor resets,
 * disabling and deleting; 5 for adding or removing their own factors). The services refuse
 * without it; this asks first, so the action then simply goes on.
 */
@Component
public class Reverification {

    private final SecondFactorService secondFactors;
    private final CurrentUser currentUser;

    Reverification(SecondFactorService secondFactors, CurrentUser currentUser) {
        this.secondFactors = secondFactors;
        this.currentUser = currentUser;
    }

    /** Runs {@code action} now, or once the person has confirmed who they are. */
    public void confirmFirst(Runnable action) {
        confirmFirst(Sensitivity.ACCOUNT_CHANGE, action);
    }

    void confirmFirst(Sensitivity sensitivity, Runnable action) {
        if (secondFactors.isProvenRecently(sensitivity)) {
            action.run();
        } else {
            new VerifyAgainDialog(secondFactors, currentUser, action).open();
        }
    }
}
