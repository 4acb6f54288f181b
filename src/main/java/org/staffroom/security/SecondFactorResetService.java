package org.staffroom.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.staffroom.security.SecondFactorService.Field;
import org.staffroom.security.SecondFactorService.RefusedException;

/**
 * An administrator removes every second factor of someone who lost theirs: their app, recovery
 * codes and passkeys. That person's sessions end and, where the policy asks for one, they set
 * one up at their next sign-in. Never one's own: another administrator does that.
 */
@Service
@PreAuthorize(Access.ADMIN_ONLY)
public class SecondFactorResetService {

    private final AuthenticatorApp authenticatorApp;
    private final RecoveryCodes recoveryCodes;
    private final Passkeys passkeys;
    private final AccountStore accounts;
    private final SecondFactorPolicy policy;
    private final RecentFactor recentFactor;
    private final SecurityLog securityLog;

    SecondFactorResetService(AuthenticatorApp authenticatorApp, RecoveryCodes recoveryCodes, Passkeys passkeys,
            AccountStore accounts, SecondFactorPolicy policy, RecentFactor recentFactor, SecurityLog securityLog) {
        this.authenticatorApp = authenticatorApp;
        this.recoveryCodes = recoveryCodes;
        this.passkeys = passkeys;
        this.accounts = accounts;
        this.policy = policy;
        this.recentFactor = recentFactor;
        this.securityLog = securityLog;
    }

    /** Whether the person has a second factor. */
    public boolean hasSecondFactor(long accountId) {
        return accounts.findById(accountId).map(policy::hasSecondFactor).orElse(false);
    }

    public void resetFor(long accountId) {
        recentFactor.requireForSensitiveAction();
        Account admin = accounts.findBySignInName(SecurityContextHolder.getContext().getAuthentication().getName())
                .orElseThrow();
        if (admin.id() == accountId) {
            throw new RefusedException(Field.PASSKEY, "security.mfa.reset.own");
        }
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new RefusedException(Field.PASSKEY, "security.mfa.reset.gone"));
        authenticatorApp.remove(accountId);
        recoveryCodes.remove(accountId);
        passkeys.removeAll(account.signInName());
        accounts.endSessions(accountId);
        securityLog.event("second-factor-reset").outcome("success").user(account).by(admin.signInName()).warn();
    }
}
