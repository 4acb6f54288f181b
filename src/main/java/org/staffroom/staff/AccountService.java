package org.staffroom.staff;

import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.staffroom.security.Access;
import org.staffroom.security.AuditLog;
import org.staffroom.security.CurrentUser;
import org.staffroom.security.PasswordPolicy;
import org.staffroom.security.SecurityLog;
import org.staffroom.security.RandomPasswords;
import org.staffroom.security.SignInThrottle;
import org.staffroom.security.WeakPasswordException;

/**
 * What administrators do to accounts that needs passwords or sign-in state: create an
 * account, reset a password (typed and checked by the {@link PasswordPolicy}, or
 * generated), and release a sign-in lock. Passwords set here must be changed at the
 * next sign-in (ASVS 6.4.1).
 */
@Service
@PreAuthorize(Access.ADMIN_ONLY)
public class AccountService {

    private final StaffService staffService;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SignInThrottle throttle;
    private final CurrentUser currentUser;
    private final SecurityLog securityLog;

    AccountService(StaffService staffService, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            SignInThrottle throttle, CurrentUser currentUser, SecurityLog securityLog) {
        this.staffService = staffService;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.securityLog = securityLog;
    }

    /** The initial password the administrator typed, or empty to have one generated. */
    public record InitialPassword(Optional<String> typed) {
        public static InitialPassword generated() {
            return new InitialPassword(Optional.empty());
        }

        public static InitialPassword of(String typed) {
            return new InitialPassword(Optional.of(typed));
        }
    }

    /** The outcome: the account, and the generated password to show once (if one was generated). */
    public record Result(Staff staff, Optional<String> generatedPassword) {
    }

    /** @throws WeakPasswordException when the typed password breaks the policy */
    public Result createAccount(Staff draft, InitialPassword password) {
        String plain = choose(password, draft);
        Staff created = staffService.createAccount(draft, passwordEncoder.encode(plain));
        AuditLog.LOG.info("event=account-create outcome=success user={} by={} role={}", created.getEmail(),
                currentUser.email(), created.getRole());
        return new Result(created, password.typed().isPresent() ? Optional.empty() : Optional.of(plain));
    }

    /** @throws WeakPasswordException when the typed password breaks the policy */
    public Result resetPassword(long staffId, InitialPassword password) {
        Staff staff = staffService.get(staffId);
        String plain = choose(password, staff);
        Staff updated = staffService.resetPassword(staffId, passwordEncoder.encode(plain));
        securityLog.event("password-reset").outcome("success").user(updated.getEmail(), updated.getId())
                .by(currentUser.email()).info();
        return new Result(updated, password.typed().isPresent() ? Optional.empty() : Optional.of(plain));
    }

    public void unlock(long staffId) {
        throttle.release(staffId);
        securityLog.event("account-unlock").outcome("success").user(staffService.get(staffId).getEmail(), staffId)
                .by(currentUser.email()).info();
    }

    /** The policy's verdict on a typed initial password, for the dialog to show as the admin types. */
    public Optional<PasswordPolicy.Violation> checkInitialPassword(String password, PasswordPolicy.Person person) {
        return passwordPolicy.violation(password, person);
    }

    private String choose(InitialPassword password, Staff person) {
        if (password.typed().isEmpty()) {
            return RandomPasswords.generate();
        }
        passwordPolicy.require(password.typed().get(), person.passwordOwner());
        return password.typed().get();
    }
}
