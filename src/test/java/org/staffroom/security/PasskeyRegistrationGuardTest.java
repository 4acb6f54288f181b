package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may use Spring's passkey-registration endpoints, as Vaadin's servlet maps them ("/*"). */
class PasskeyRegistrationGuardTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final PasskeyRegistrationGuard guard = new PasskeyRegistrationGuard(
            new RecentFactor(Clock.fixed(NOW, ZoneOffset.UTC)));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void someoneWhoProvedAFactorJustNowMayAddAPasskey() throws Exception {
        signIn(Duration.ofMinutes(1), false);
        assertThat(status("POST", "/webauthn/register/options")).isEqualTo(200);
        assertThat(status("POST", "/webauthn/register")).isEqualTo(200);
    }

    @Test
    void aPasswordWhoseSecondFactorIsStillOutstandingMayNot() throws Exception {
        signIn(Duration.ofMinutes(1), true);
        assertThat(status("POST", "/webauthn/register/options")).isEqualTo(403);
        assertThat(status("POST", "/webauthn/register")).isEqualTo(403);
    }

    @Test
    void aProofOlderThanFiveMinutesMayNot() throws Exception {
        signIn(Duration.ofMinutes(6), false);
        assertThat(status("POST", "/webauthn/register/options")).isEqualTo(403);
    }

    @Test
    void passkeysAreNeverRemovedPastStaffroomsRules() throws Exception {
        signIn(Duration.ofMinutes(1), false);
        assertThat(status("DELETE", "/webauthn/register/c29tZS1jcmVkZW50aWFs")).isEqualTo(403);
    }

    @Test
    void nobodySignedInMayNotAndOtherPathsAreNotItsConcern() throws Exception {
        assertThat(status("POST", "/webauthn/register/options")).isEqualTo(403);
        assertThat(status("POST", "/login/webauthn")).isEqualTo(200);
    }

    private static void signIn(Duration provenAgo, boolean secondFactorPending) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(NOW.minus(provenAgo)).build());
        authorities.add(new SimpleGrantedAuthority(secondFactorPending ? SignInStep.VERIFICATION_PENDING : "ROLE_ADMIN"));
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated("head", null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    private int status(String method, String path) throws Exception {
        var request = new MockHttpServletRequest(method, path);
        request.setServletPath("");
        request.setPathInfo(path);
        var response = new MockHttpServletResponse();
        guard.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }
}
