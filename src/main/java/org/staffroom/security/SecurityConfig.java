package org.staffroom.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.staffroom.base.config.StaffroomProperties;
import org.staffroom.security.ui.LoginView;

@Configuration
@EnableWebSecurity
// Not jsr250Enabled: Spring would proxy the @PermitAll views, and Vaadin needs the real class.
@EnableMethodSecurity
@EnableScheduling
class SecurityConfig {

    private static final String ARGON2 = "argon2";
    /**
     * What Vaadin needs and nothing more: its client runs server-sent JavaScript through
     * {@code new Function} ('unsafe-eval'), the page shell has inline scripts, and components
     * set inline styles; no plugins, no other origins, no framing, forms only to this app.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
            + "form-action 'self'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), display-capture=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountStore accounts, SessionTimes times,
            StaffroomProperties properties, RelyingParty relyingParty, SignInThrottle throttle, RecentFactor recentFactor,
            Clock clock, SecurityContextHolderStrategy contextHolder, SecurityLog securityLog) throws Exception {
        // Spring's passkey filters take the global strategy when they are made, and Vaadin sets its
        // own only after every bean exists: without this they would see nobody signed in.
        SecurityContextHolder.setContextHolderStrategy(contextHolder);
        // First, so that throttling and the audit log see the client, not the proxy.
        http.addFilterBefore(new ClientAddressFilter(properties.trustedProxies()), DisableEncodeUrlFilter.class);
        // Not a bean: Boot would also register it as a plain servlet filter.
        http.addFilterBefore(new SessionRevocationFilter(accounts, times, securityLog), AuthorizationFilter.class);
        http.addFilterBefore(new CrossSiteSignInFilter(securityLog), CsrfFilter.class);
        http.addFilterAfter(new PasskeyRegistrationGuard(recentFactor), CsrfFilter.class);
        var passkeySignIn = new ProviderManager(new PasskeyAuthenticationProvider(relyingParty, accounts, throttle, clock,
                securityLog));
        http.webAuthn(passkeys -> passkeys.disableDefaultRegistrationPage(true)
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <F extends WebAuthnAuthenticationFilter> F postProcess(F filter) {
                        filter.setAuthenticationManager(passkeySignIn);
                        // As for a password: a new session id (and CSRF token) at sign-in. Spring's
                        // passkey filter would otherwise keep the session id (spring-security#16685).
                        SessionAuthenticationStrategy sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
                        filter.setSessionAuthenticationStrategy(
                                sessions != null ? sessions : new ChangeSessionIdAuthenticationStrategy());
                        return filter;
                    }
                }));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny()));
        // The offline page shows the app icon; Vaadin permits only the generated icon sizes.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/icons/icon.png").permitAll()
                // For the proxy's health checks; they say only UP or DOWN.
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                .permitAll()
                // Spring's passkey registration; PasskeyRegistrationGuard holds it to Staffroom's rules.
                .requestMatchers(HttpMethod.POST, PasskeyRegistrationGuard.REGISTER).authenticated());
        return http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")).build();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    JdbcPublicKeyCredentialUserEntityRepository passkeyUsers(JdbcTemplate jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    JdbcUserCredentialRepository passkeyCredentials(JdbcTemplate jdbc) {
        return new JdbcUserCredentialRepository(jdbc);
    }

    @Bean
    RelyingParty relyingParty(StaffroomProperties properties, ApplicationContext context,
            JdbcPublicKeyCredentialUserEntityRepository users, JdbcUserCredentialRepository credentials) {
        return new RelyingParty(properties, context, users, credentials);
    }

    /**
     * New hashes are Argon2id, which takes passwords of any length (bcrypt stops at 72 bytes,
     * which 18 emoji reach). Hashes name their algorithm, so bcrypt ones still verify and are
     * upgraded at the next sign-in (SignedInAccountService).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new WellFormedPasswords(new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2, PasswordHashing.argon2id(),
                "bcrypt", new BCryptPasswordEncoder())));
    }

    /**
     * The session cookie and the idle timeout (ASVS 7.3.1). Vaadin's heartbeat does not count
     * as activity ({@code vaadin.closeIdleSessions}). Runs after Boot's own server settings.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> sessionSettings(StaffroomProperties properties) {
        return factory -> {
            factory.getSettings().getSession().setTimeout(properties.sessionTimeout());
            var cookie = factory.getSettings().getSession().getCookie();
            cookie.setHttpOnly(true);
            cookie.setSameSite(Cookie.SameSite.LAX);
            cookie.setSecure(properties.secureCookie());
            if (properties.secureCookie()) {
                // Sent over HTTPS only, for this host and path "/" only: a sibling subdomain cannot plant it.
                cookie.setName("__Host-JSESSIONID");
            }
        };
    }
}
