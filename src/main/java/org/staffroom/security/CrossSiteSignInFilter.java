package org.staffroom.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in form posted from another site (login CSRF: someone else's page signing
 * this browser into the attacker's account). Browsers say where a request comes from in
 * {@code Sec-Fetch-Site}, older ones in {@code Origin}; a post that names another site in
 * either is refused, one that names none (a script, not a browser) goes on to the password check.
 */
class CrossSiteSignInFilter extends OncePerRequestFilter {

    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final SecurityLog securityLog;

    CrossSiteSignInFilter(SecurityLog securityLog) {
        this.securityLog = securityLog;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        if (site != null && !OWN_SITE.contains(site) || origin != null && !isThisHost(origin, request)) {
            securityLog.event("sign-in").outcome("failure").reason("cross-site").address(request.getRemoteAddr()).warn();
            // A status, not sendError: the error page is behind the sign-in and would redirect there.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    // The host only: behind a TLS proxy the request says http where the browser said https.
    private static boolean isThisHost(String origin, HttpServletRequest request) {
        try {
            return request.getServerName().equalsIgnoreCase(URI.create(origin).getHost());
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }
}
