package org.staffroom.security;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;
import org.staffroom.base.domain.PlainText;
import org.staffroom.base.domain.UserFacingException;

/**
 * A person's second factors: an authenticator app with its recovery codes, and passkeys.
 * Setting one up, proving one at sign-in or again before a sensitive action, and an
 * administrator's reset. Wrong codes count toward the same lockout as wrong passwords.
 */
@Service
@PreAuthorize(Access.VERIFIED)
public class SecondFactorService {

    static final int LABEL_MAX_LENGTH = 100;

    private final AuthenticatorApp authenticatorApp;
    private final RecoveryCodes recoveryCodes;
    private final Passkeys passkeys;
    private final AccountStore accounts;
    private final SignInThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final RecentFactor recentFactor;
    private final SecondFactorPolicy policy;
    private final Clock clock;
    private final SecurityLog securityLog;

    SecondFactorService(AuthenticatorApp authenticatorApp, RecoveryCodes recoveryCodes, Passkeys passkeys,
            AccountStore accounts, SignInThrottle throttle, PasswordEncoder passwordEncoder, RecentFactor recentFactor,
            SecondFactorPolicy policy, Clock clock, SecurityLog securityLog) {
        this.authenticatorApp = authenticatorApp;
        this.recoveryCodes = recoveryCodes;
        this.passkeys = passkeys;
        this.accounts = accounts;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.recentFactor = recentFactor;
        this.policy = policy;
        this.clock = clock;
        this.securityLog = securityLog;
    }

    /** A passkey as its owner sees it; {@code id} is the credential's id in base64url. */
    public record Passkey(String id, String label, Instant created, Instant lastUsed) {
    }

    /**
     * @param required whether the person's role must have a second factor
     */
    public record Status(boolean authenticatorApp, int recoveryCodesLeft, List<Passkey> passkeys, boolean required) {
    }

    /** An authenticator app being set up: the Base32 secret to type and the URI its QR code holds. */
    public record AppEnrolment(String secret, String uri) {
    }

    /** What proves the person again before a sensitive action. */
    public enum Proof { CODE, PASSKEY, PASSWORD }

    public enum Field { CODE, LABEL, PASSKEY }

    /** How recently a factor must have been proven: before account changes, before factor changes. */
    public enum Sensitivity { ACCOUNT_CHANGE, FACTOR_CHANGE }

    /** A refused step, as the translation key of what the person is told. */
    public static class RefusedException extends UserFacingException {
        private final Field field;
        private final boolean locked;

        RefusedException(Field field, String messageKey, boolean locked) {
            super(messageKey, null);
            this.field = field;
            this.locked = locked;
        }

        RefusedException(Field field, String messageKey) {
            this(field, messageKey, false);
        }

        public Field field() {
            return field;
        }

        /** Too many wrong codes locked the account; this session is over. */
        public boolean locked() {
            return locked;
        }
    }

    /** Whether the person proved a factor recently enough for an action of this kind. */
    @PreAuthorize(Access.SIGNING_IN)
    public boolean isProvenRecently(Sensitivity sensitivity) {
        return recentFactor.isRecent(SecurityContextHolder.getContext().getAuthentication(),
                sensitivity == Sensitivity.FACTOR_CHANGE ? RecentFactor.FACTOR_CHANGE : RecentFactor.SENSITIVE_ACTION);
    }

    public Status status() {
        Account account = current();
        boolean app = authenticatorApp.isEnrolled(account.id());
        return new Status(app, app ? recoveryCodes.remaining(account.id()) : 0, passkeys.of(account.signInName()),
                policy.mustHaveSecondFactor(account.role()));
    }

    /** Starts setting up an authenticator app; a factor proven within 5 minutes comes first. */
    public AppEnrolment beginAppEnrolment() {
        recentFactor.require(RecentFactor.FACTOR_CHANGE);
        Account account = current();
        if (authenticatorApp.isEnrolled(account.id())) {
            throw new RefusedException(Field.CODE, "security.mfa.app.already-set-up");
        }
        AuthenticatorApp.Enrolment enrolment = authenticatorApp.begin(account.id(), account.signInName());
        return new AppEnrolment(enrolment.secret(), enrolment.uri());
    }

    /**
     * Turns the app on with its first code; returns the ten recovery codes, shown once. The
     * session counts the app as proven now, and a sign-in waiting for it is complete.
     */
    public List<String> confirmAppEnrolment(String code) {
        Account account = current();
        if (!authenticatorApp.confirm(account.id(), code)) {
            throw new RefusedException(Field.CODE, "security.mfa.code.wrong");
        }
        List<String> codes = recoveryCodes.replace(account.id());
        complete(account, SignInStep.TOTP_AUTHORITY);
        securityLog.event("second-factor-enrol").outcome("success").with("kind", "authenticator-app").user(account)
                .address(ClientAddressFilter.current()).info();
        return codes;
    }

    /** After the browser registered a passkey: it counts as proven now, and a waiting sign-in is complete. */
    public void passkeyAdded() {
        Account account = current();
        if (!passkeys.any(account.signInName())) {
            throw new RefusedException(Field.PASSKEY, "security.passkeys.add.failed");
        }
        complete(account, FactorGrantedAuthority.WEBAUTHN_AUTHORITY);
        securityLog.event("second-factor-enrol").outcome("success").with("kind", "passkey").user(account)
                .address(ClientAddressFilter.current()).info();
    }

    /** The code (or a recovery code) that follows the password at sign-in. */
    @PreAuthorize(Access.SIGNING_IN)
    public void verifySignIn(String code) {
        Account account = current();
        prove(account, code);
        complete(account, SignInStep.TOTP_AUTHORITY);
    }

    /** What {@link #verifyAgain} and the passkey path expect from this person. */
    @PreAuthorize(Access.SIGNED_IN)
    public Proof reverificationProof() {
        Account account = current();
        return authenticatorApp.isEnrolled(account.id()) ? Proof.CODE
                : passkeys.any(account.signInName()) ? Proof.PASSKEY : Proof.PASSWORD;
    }

    /** Proves the person again before a sensitive action: a code, a recovery code, or (without a second factor) the password. */
    @PreAuthorize(Access.SIGNED_IN)
    public void verifyAgain(String proof) {
        Account account = current();
        if (reverificationProof() == Proof.PASSWORD) {
            provePassword(account, proof);
            complete(account, FactorGrantedAuthority.PASSWORD_AUTHORITY);
        } else {
            prove(account, proof);
            complete(account, SignInStep.TOTP_AUTHORITY);
        }
    }

    /** Replaces the recovery codes with ten new ones; the old ones stop working. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<String> newRecoveryCodes() {
        recentFactor.require(RecentFactor.FACTOR_CHANGE);
        Account account = current();
        if (!authenticatorApp.isEnrolled(account.id())) {
            throw new RefusedException(Field.CODE, "security.mfa.app.not-set-up");
        }
        securityLog.event("recovery-codes-renew").outcome("success").user(account).info();
        return recoveryCodes.replace(account.id());
    }

    @PreAuthorize(Access.SIGNED_IN)
    public void removeAuthenticatorApp() {
        recentFactor.require(RecentFactor.FACTOR_CHANGE);
        Account account = current();
        refuseIfLastFactor(account, passkeys.any(account.signInName()));
        authenticatorApp.remove(account.id());
        recoveryCodes.remove(account.id());
        securityLog.event("second-factor-remove").outcome("success").with("kind", "authenticator-app").user(account)
                .info();
    }

    @PreAuthorize(Access.SIGNED_IN)
    public void renamePasskey(String id, String label) {
        String name = label == null ? "" : label.strip();
        if (name.isEmpty()) {
            throw new RefusedException(Field.LABEL, "security.passkeys.name.required");
        }
        if (name.length() > LABEL_MAX_LENGTH || !PlainText.Validator.isPlain(name)) {
            throw new RefusedException(Field.LABEL, "security.passkeys.name.invalid");
        }
        if (!passkeys.rename(current().signInName(), id, name)) {
            throw new RefusedException(Field.PASSKEY, "security.passkeys.gone");
        }
    }

    @PreAuthorize(Access.SIGNED_IN)
    public void removePasskey(String id) {
        recentFactor.require(RecentFactor.FACTOR_CHANGE);
        Account account = current();
        boolean others = passkeys.of(account.signInName()).size() > 1 || authenticatorApp.isEnrolled(account.id());
        refuseIfLastFactor(account, others);
        if (!passkeys.remove(account.signInName(), id)) {
            throw new RefusedException(Field.PASSKEY, "security.passkeys.gone");
        }
        securityLog.event("second-factor-remove").outcome("success").with("kind", "passkey").user(account).info();
    }

    private void refuseIfLastFactor(Account account, boolean othersRemain) {
        if (!othersRemain && policy.mustHaveSecondFactor(account.role())) {
            throw new RefusedException(Field.PASSKEY, "security.mfa.last-factor");
        }
    }

    // Counted before the comparison, like a password: guesses spread over sessions still meet the lock.
    private void prove(Account account, String code) {
        SignInThrottle.Attempt attempt = throttle.beginAttempt(account.id());
        if (attempt == SignInThrottle.Attempt.REFUSED) {
            securityLog.event("second-factor").outcome("failure").reason("account-locked").user(account)
                    .address(ClientAddressFilter.current()).warn();
            throw new RefusedException(Field.CODE, "security.mfa.locked", true);
        }
        boolean app = authenticatorApp.accepts(account.id(), code);
        if (app || recoveryCodes.use(account.id(), code)) {
            throttle.release(account.id());
            securityLog.event("second-factor").outcome("success").with("kind", app ? "authenticator-app" : "recovery-code")
                    .user(account).address(ClientAddressFilter.current()).info();
            return;
        }
        securityLog.event("second-factor").outcome("failure").reason("wrong-code").user(account)
                .address(ClientAddressFilter.current()).warn();
        if (attempt == SignInThrottle.Attempt.LAST_ALLOWED) {
            securityLog.event("account-lock").outcome("locked").user(account).address(ClientAddressFilter.current()).warn();
            accounts.endSessions(account.id());
            throw new RefusedException(Field.CODE, "security.mfa.locked", true);
        }
        throw new RefusedException(Field.CODE, "security.mfa.code.wrong");
    }

    private void provePassword(Account account, String password) {
        if (throttle.isAccountLocked(account.id())) {
            throw new RefusedException(Field.CODE, "security.mfa.locked", true);
        }
        if (password == null || !passwordEncoder.matches(password, account.passwordHash())) {
            boolean locked = throttle.recordAccountFailure(account.id()) == SignInThrottle.Outcome.LOCKED;
            securityLog.event("verify-again").outcome("failure").reason("wrong-password").user(account)
                    .address(ClientAddressFilter.current()).warn();
            if (locked) {
                accounts.endSessions(account.id());
                throw new RefusedException(Field.CODE, "security.mfa.locked", true);
            }
            throw new RefusedException(Field.CODE, "security.verify-again.wrong-password");
        }
    }

    private void complete(Account account, String factor) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        var principal = new SignedInAccount(account);
        Authentication completed = SignInStep.completed(current, principal, factor, clock.instant());
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(completed);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        HttpSession session = CurrentUser.httpSession();
        if (session != null) {
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }

    private Account current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return accounts.findBySignInName(authentication.getName()).orElseThrow();
    }

}
