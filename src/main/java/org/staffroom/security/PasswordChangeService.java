package org.staffroom.security;

import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.staffroom.base.domain.UserFacingException;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffService;

/** A signed-in person changes their own password, proving the current one first. */
@Service
public class PasswordChangeService {

    private static final Logger audit = LoggerFactory.getLogger("org.staffroom.audit");

    private final StaffService staffService;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SignInThrottle throttle;
    private final CurrentUser currentUser;

    PasswordChangeService(StaffService staffService, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            SignInThrottle throttle, CurrentUser currentUser) {
        this.staffService = staffService;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.throttle = throttle;
        this.currentUser = currentUser;
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
        Staff staff = currentStaff();
        return PasswordPolicy.Person.of(staff);
    }

    /**
     * Changes the password and ends the person's other sessions; this one stays signed in.
     *
     * @throws RefusedException when the current password is wrong or the new one breaks the policy
     */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Staff staff = currentStaff();
        if (!passwordEncoder.matches(currentPassword, staff.getPasswordHash())) {
            // Guessing here counts like guessing at the sign-in page.
            throttle.recordAccountFailure(staff.getId());
            audit.warn("event=password-change outcome=failure reason=wrong-current-password user={}", staff.getEmail());
            throw new RefusedException(Field.CURRENT_PASSWORD, "security.password.wrong-current");
        }
        passwordPolicy.violation(newPassword, currentPerson()).ifPresent(violation -> {
            throw new RefusedException(Field.NEW_PASSWORD, violation.messageKey(), violation.arguments());
        });
        if (passwordEncoder.matches(newPassword, staff.getPasswordHash())) {
            throw new RefusedException(Field.NEW_PASSWORD, "security.password.same-as-current");
        }
        int generation = staffService.changeOwnPassword(staff.getId(), passwordEncoder.encode(newPassword));
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            // This session adopts the new generation and stays signed in; all others end.
            session.getSession().setAttribute(SessionRevocationFilter.SESSION_GENERATION, generation);
        }
        audit.info("event=password-change outcome=success user={}", staff.getEmail());
    }

    private Staff currentStaff() {
        return staffService.findByEmail(currentUser.email()).orElseThrow();
    }
}
