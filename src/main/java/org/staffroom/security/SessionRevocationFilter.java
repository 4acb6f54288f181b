package org.staffroom.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at its next request once the account is disabled or deleted, its e-mail or
 * role changed, or its session generation has moved on (password changed or reset). All of it
 * is read from the database, so a change on one app node holds on every node. A demoted person
 * signs in again, told why, rather than keep working in pages built for their old role.
 */
class SessionRevocationFilter extends OncePerRequestFilter {

    private static final Logger audit = LoggerFactory.getLogger("org.staffroom.audit");

    private final AccountStore accounts;

    SessionRevocationFilter(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInAccount user) {
            if (!SessionGenerations.isCurrent(session, user, accounts)) {
                audit.info("event=session-end outcome=revoked user={} address={}",
                        user.getUsername(), request.getRemoteAddr());
                session.invalidate();
                SecurityContextHolder.clearContext();
                SignOutReason.ACCOUNT_CHANGED.tell(request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
