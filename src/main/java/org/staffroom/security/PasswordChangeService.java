package org.staffroom.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.staffroom.base.domain.UserFacingException;

/** A signed-in person changes their own password, proving the current one first. */
@Service
// VERIFIED: a forced change comes before setting up a second factor, never before proving one.
@PreAuthorize(Access.VERIFIED)
public class PasswordChangeService {

    private final AccountStore accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SignInThrottle throttle;
    private final CurrentUser currentUser;
    private final SecurityLog securityLog;

    PasswordChangeService(AccountStore accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            SignInThrottle throttle, CurrentUser currentUser, SecurityLog securityLog) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.securityLog = securityLog;
    }

    /** Which field a refusal belongs to, so the dialog can show it there. */
    public enum Field { CURRENT_PASSWORD, NEW_PASSWORD }

    /** A refused change, as the translation key (and its arguments) of what the person is told. */
    public static class RefusedException extends UserFacingException {
        private final Field field;

        RefusedException(Field field, String messageKey, Object... arguments) {
            super(messageKey, null, arguments);
            this.field = field;
        }

        public Field field() {
            return field;
        }
    }

    public PasswordPolicy.Person currentPerson() {
        return currentAccount().owner();
    }

    /**
     * Changes the password and ends the person's other sessions; this one stays signed in.
     *
     * @throws RefusedException when the current password is wrong or the new one breaks the policy
     */
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account account = currentAccount();
        if (throttle.isAccountLocked(account.id())) {
            securityLog.event("password-change").outcome("failure").reason("account-locked").user(account).warn();
            throw new RefusedException(Field.CURRENT_PASSWORD, "security.password.locked");
        }
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            // Guessing here counts like guessing at the sign-in page, and the lock ends the session.
            boolean locked = throttle.recordAccountFailure(account.id()) == SignInThrottle.Outcome.LOCKED;
            securityLog.event("password-change").outcome("failure").reason("wrong-current-password").user(account)
                    .warn();
            if (locked) {
                accounts.endSessions(account.id());
                securityLog.event("account-lock").outcome("locked").user(account).by("change-password").warn();
                throw new RefusedException(Field.CURRENT_PASSWORD, "security.password.locked");
            }
            throw new RefusedException(Field.CURRENT_PASSWORD, "security.password.wrong-current");
        }
        passwordPolicy.violation(newPassword, account.owner()).ifPresent(violation -> {
            throw new RefusedException(Field.NEW_PASSWORD, violation.messageKey(), violation.arguments());
        });
        if (passwordEncoder.matches(newPassword, account.passwordHash())) {
            throw new RefusedException(Field.NEW_PASSWORD, "security.password.same-as-current");
        }
        String hash = passwordEncoder.encode(newPassword);
        // This session adopts the new generation and stays signed in; all others end.
        SessionGenerations.adopt(CurrentUser.httpSession(), account.sessionGeneration() + 1,
                () -> accounts.storeOwnPassword(account.id(), hash));
        securityLog.event("password-change").outcome("success").user(account).info();
    }

    private Account currentAccount() {
        return accounts.findBySignInName(currentUser.email()).orElseThrow();
    }
}
