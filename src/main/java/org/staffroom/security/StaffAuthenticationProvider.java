package org.staffroom.security;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffService;

/**
 * Password sign-in with brute-force protection. Every refusal (unknown e-mail, wrong
 * password, locked or disabled account, blocked address) costs one password hash
 * comparison and ends in the same generic error, so the page reveals nothing.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    private static final Logger audit = LoggerFactory.getLogger("org.staffroom.audit");

    private final DaoAuthenticationProvider passwordCheck;
    private final StaffService staffService;
    private final SignInThrottle throttle;

    StaffAuthenticationProvider(StaffUserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
            StaffService staffService, SignInThrottle throttle) {
        this.passwordCheck = new DaoAuthenticationProvider(userDetailsService);
        this.passwordCheck.setPasswordEncoder(passwordEncoder);
        this.staffService = staffService;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = addressOf(authentication);
        Optional<Staff> staff = staffService.findByEmail(authentication.getName());
        String user = staff.map(Staff::getEmail).orElse("unknown");
        boolean addressBlocked = throttle.isAddressBlocked(address);
        boolean accountLocked = staff.map(s -> throttle.isAccountLocked(s.getId())).orElse(false);

        Authentication result;
        try {
            result = passwordCheck.authenticate(authentication);
        } catch (AuthenticationException wrongPassword) {
            if (addressBlocked || accountLocked) {
                return refuse(user, address, addressBlocked ? "address-blocked" : "account-locked");
            }
            countFailure(staff, user, address);
            return refuse(user, address, "bad-credentials");
        }
        if (addressBlocked || accountLocked || !staff.orElseThrow().isEnabled()) {
            return refuse(user, address, addressBlocked ? "address-blocked" : accountLocked ? "account-locked" : "disabled");
        }
        throttle.release(staff.get().getId());
        audit.info("event=sign-in outcome=success user={} address={}", user, address);
        return result;
    }

    private void countFailure(Optional<Staff> staff, String user, String address) {
        staff.ifPresent(s -> {
            if (throttle.recordAccountFailure(s.getId()) == SignInThrottle.Outcome.LOCKED) {
                audit.warn("event=account-lock outcome=locked user={} address={}", user, address);
            }
        });
        if (throttle.recordAddressFailure(address) == SignInThrottle.Outcome.LOCKED) {
            audit.warn("event=address-block outcome=blocked address={}", address);
        }
    }

    private static Authentication refuse(String user, String address, String reason) {
        audit.warn("event=sign-in outcome=failure reason={} user={} address={}", reason, user, address);
        throw new BadCredentialsException("Bad credentials");
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
