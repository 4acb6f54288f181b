package org.staffroom.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sensitive actions need a factor proven within the last minutes, not just a session that
 * is still open (ASVS 6.3.x re-authentication): role changes, password and second-factor
 * resets, disabling and deleting within 15 minutes; adding or removing a factor within 5.
 * A person with a second factor proves it again; a person without one, their password.
 */
@Component
public class RecentFactor {

    static final Duration SENSITIVE_ACTION = Duration.ofMinutes(15);
    static final Duration FACTOR_CHANGE = Duration.ofMinutes(5);
    static final Set<String> SECOND_FACTORS = Set.of(SignInStep.TOTP_AUTHORITY, FactorGrantedAuthority.WEBAUTHN_AUTHORITY);

    private final Clock clock;

    RecentFactor(Clock clock) {
        this.clock = clock;
    }

    /** Refuses unless the current person proved a factor within the last 15 minutes. */
    public void requireForSensitiveAction() {
        require(SENSITIVE_ACTION);
    }

    void require(Duration within) {
        if (!isRecent(SecurityContextHolder.getContext().getAuthentication(), within)) {
            throw new ReverificationRequiredException();
        }
    }

    boolean isRecent(Authentication authentication, Duration within) {
        if (authentication == null) {
            return false;
        }
        if (authentication.getAuthorities().stream().anyMatch(a -> SystemAccount.AUTHORITY.equals(a.getAuthority()))) {
            return true;
        }
        List<FactorGrantedAuthority> factors = SignInStep.factors(authentication.getAuthorities());
        List<FactorGrantedAuthority> strongest = factors.stream()
                .filter(factor -> SECOND_FACTORS.contains(factor.getAuthority())).toList();
        Instant since = clock.instant().minus(within);
        return (strongest.isEmpty() ? factors : strongest).stream()
                .anyMatch(factor -> !factor.getIssuedAt().isBefore(since));
    }
}
