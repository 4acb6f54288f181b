package org.staffroom.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring's passkey endpoints under Staffroom's rules: a passkey is added only by someone past
 * their second factor (or setting up their first) who proved a factor within 5 minutes, and
 * removed only through Staffroom, which keeps an administrator's last factor.
 */
class PasskeyRegistrationGuard extends OncePerRequestFilter {

    static final String REGISTER = "/webauthn/register";

    private final RecentFactor recentFactor;

    PasskeyRegistrationGuard(RecentFactor recentFactor) {
        this.recentFactor = recentFactor;
    }

    // The path within the app, whatever servlet it maps to (Vaadin's takes "/*", so the servlet path is empty).
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().substring(request.getContextPath().length()).startsWith(REGISTER);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean adding = HttpMethod.POST.matches(request.getMethod());
        if (!adding || authentication == null || !authentication.isAuthenticated()
                || SignInStep.of(authentication) == SignInStep.VERIFY_SECOND_FACTOR
                || !recentFactor.isRecent(authentication, RecentFactor.FACTOR_CHANGE)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
