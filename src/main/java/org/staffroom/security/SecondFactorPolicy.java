package org.staffroom.security;

import org.springframework.stereotype.Component;
import org.staffroom.base.config.StaffroomProperties;

/** Who must have a second factor ({@code staffroom.mfa-required-for}) and what a password sign-in still needs. */
@Component
class SecondFactorPolicy {

    private final AuthenticatorApp authenticatorApp;
    private final Passkeys passkeys;
    private final StaffroomProperties.MfaRequiredFor requiredFor;

    SecondFactorPolicy(AuthenticatorApp authenticatorApp, Passkeys passkeys, StaffroomProperties properties) {
        this.authenticatorApp = authenticatorApp;
        this.passkeys = passkeys;
        this.requiredFor = properties.mfaRequiredFor();
    }

    boolean mustHaveSecondFactor(Role role) {
        return switch (requiredFor) {
            case ALL -> true;
            case ADMIN -> role == Role.ADMIN;
            case NONE -> false;
        };
    }

    boolean hasSecondFactor(Account account) {
        return authenticatorApp.isEnrolled(account.id()) || passkeys.any(account.signInName());
    }

    /** What is left after a right password: the second factor, setting one up, or nothing. */
    SignInStep stepAfterPassword(Account account) {
        if (hasSecondFactor(account)) {
            return SignInStep.VERIFY_SECOND_FACTOR;
        }
        return mustHaveSecondFactor(account.role()) ? SignInStep.ENROL_SECOND_FACTOR : SignInStep.DONE;
    }
}
