package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** How recent a factor must be, on a test clock that moves on instead of waiting. */
class RecentFactorTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void aSensitiveActionNeedsAFactorFromTheLastFifteenMinutes() {
        Authentication session = signedInWith(SignInStep.TOTP_AUTHORITY);
        assertThat(at(SIGNED_IN.plus(Duration.ofMinutes(15))).isRecent(session, RecentFactor.SENSITIVE_ACTION)).isTrue();
        assertThat(at(SIGNED_IN.plus(Duration.ofMinutes(15)).plusSeconds(1))
                .isRecent(session, RecentFactor.SENSITIVE_ACTION)).isFalse();
        assertThat(at(SIGNED_IN.plus(Duration.ofMinutes(6))).isRecent(session, RecentFactor.FACTOR_CHANGE))
                .as("adding or removing a factor: 5 minutes").isFalse();
    }

    @Test
    void withASecondFactorAFreshPasswordIsNotEnough() {
        var oldCode = FactorGrantedAuthority.withAuthority(SignInStep.TOTP_AUTHORITY)
                .issuedAt(SIGNED_IN.minus(Duration.ofHours(1))).build();
        var freshPassword = FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(SIGNED_IN).build();
        Authentication session = UsernamePasswordAuthenticationToken.authenticated("head", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), oldCode, freshPassword));
        assertThat(at(SIGNED_IN).isRecent(session, RecentFactor.SENSITIVE_ACTION)).isFalse();
        assertThat(at(SIGNED_IN).isRecent(signedInWith(FactorGrantedAuthority.PASSWORD_AUTHORITY),
                RecentFactor.SENSITIVE_ACTION)).as("without a second factor, the password counts").isTrue();
        assertThat(at(SIGNED_IN).isRecent(UsernamePasswordAuthenticationToken.authenticated("head", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))), RecentFactor.SENSITIVE_ACTION))
                .as("no proof at all").isFalse();
    }

    private static Authentication signedInWith(String factor) {
        return UsernamePasswordAuthenticationToken.authenticated("head", null, List.of(new SimpleGrantedAuthority(
                "ROLE_ADMIN"), FactorGrantedAuthority.withAuthority(factor).issuedAt(SIGNED_IN).build()));
    }

    private static RecentFactor at(Instant now) {
        return new RecentFactor(Clock.fixed(now, ZoneOffset.UTC));
    }
}
