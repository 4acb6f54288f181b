package org.staffroom.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What is left of signing in. A password alone, where a second factor is needed, signs a
 * session in without its role: it holds {@link FactorGrantedAuthority#PASSWORD_AUTHORITY} and a
 * marker of the step that is left, so every {@code hasRole} check, on routes and on services,
 * refuses it until the step is done. The session's authentication carries the state, and
 * the database carries the factors.
 */
public enum SignInStep {
    /** The account has a second factor: a code or a passkey must follow the password. */
    VERIFY_SECOND_FACTOR,
    /** The account must have a second factor and has none: setting one up comes first. */
    ENROL_SECOND_FACTOR,
    /** Signed in. */
    DONE;

    static final String VERIFICATION_PENDING = "STAFFROOM_SECOND_FACTOR_PENDING";
    static final String ENROLMENT_PENDING = "STAFFROOM_SECOND_FACTOR_ENROLMENT_PENDING";
    /** An authenticator app's code (or one of its recovery codes). */
    static final String TOTP_AUTHORITY = "FACTOR_TOTP";

    static SignInStep of(Authentication authentication) {
        if (authentication == null) {
            return DONE;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (VERIFICATION_PENDING.equals(authority.getAuthority())) {
                return VERIFY_SECOND_FACTOR;
            }
            if (ENROLMENT_PENDING.equals(authority.getAuthority())) {
                return ENROL_SECOND_FACTOR;
            }
        }
        return DONE;
    }

    /** The authentication of a password sign-in with this step left: no role until it is done. */
    Authentication withheld(Authentication signedIn) {
        if (this == DONE) {
            return signedIn;
        }
        List<GrantedAuthority> authorities = new ArrayList<>(factors(signedIn.getAuthorities()));
        authorities.add(new SimpleGrantedAuthority(this == VERIFY_SECOND_FACTOR ? VERIFICATION_PENDING : ENROLMENT_PENDING));
        var withheld = UsernamePasswordAuthenticationToken.authenticated(signedIn.getPrincipal(), null, authorities);
        withheld.setDetails(signedIn.getDetails());
        return withheld;
    }

    /**
     * The authentication after {@code factor} was proven now: the principal's role, the factors
     * proven before, this one with the time it was proven, and no step left.
     */
    static Authentication completed(Authentication current, SignedInAccount principal, String factor, Instant now) {
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        factors(current.getAuthorities()).stream().filter(known -> !known.getAuthority().equals(factor))
                .forEach(authorities::add);
        authorities.add(FactorGrantedAuthority.withAuthority(factor).issuedAt(now).build());
        var completed = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        completed.setDetails(current.getDetails());
        return completed;
    }

    static List<FactorGrantedAuthority> factors(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().filter(FactorGrantedAuthority.class::isInstance)
                .map(FactorGrantedAuthority.class::cast).toList();
    }
}
