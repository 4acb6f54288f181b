package org.staffroom.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.staffroom.base.db.DatabaseFailures;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Ends a session at its next request when it has been idle too long or is too old
 * ({@link SessionTimes}), or when its account was disabled or deleted, its e-mail or role
 * changed, or its session generation moved on (password changed or reset). All of it is read
 * from the database, so it holds on every app node. The sign-in page that follows says why;
 * a demoted person signs in again rather than keep working in pages built for their old role.
 */
class SessionRevocationFilter extends OncePerRequestFilter {

    /** The session's token in {@link SessionTimes}. */
    static final String TOKEN = "staffroom.sessionToken";

    private static final Logger log = LoggerFactory.getLogger(SessionRevocationFilter.class);

    private final AccountStore accounts;
    private final SessionTimes times;
    private final SecurityLog securityLog;

    SessionRevocationFilter(AccountStore accounts, SessionTimes times, SecurityLog securityLog) {
        this.accounts = accounts;
        this.times = times;
        this.securityLog = securityLog;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInAccount user) {
            Optional<SignOutReason> ended;
            try {
                ended = endedBecause(request, session, user);
            } catch (RuntimeException e) {
                if (DatabaseFailures.kind(e).isEmpty()) {
                    throw e;
                }
                // Without the database nothing can be changed or read either; the request goes on
                // so that what it needs from the database fails with words the person reads.
                log.warn("Session checks skipped, the database is unavailable: {}", e.getMessage());
                ended = Optional.empty();
            }
            if (ended.isPresent()) {
                securityLog.event("session-end").outcome(ended.get().auditOutcome())
                        .user(user.getUsername(), user.getAccountId()).address(request.getRemoteAddr()).info();
                times.end(session);
                session.invalidate();
                SecurityContextHolder.clearContext();
                ended.get().tell(request, response);
                if (isHeartbeat(request)) {
                    // What Vaadin's client takes for an expired session: the open tab reloads to sign-in.
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private Optional<SignOutReason> endedBecause(HttpServletRequest request, HttpSession session, SignedInAccount user) {
        if (!(session.getAttribute(TOKEN) instanceof String token)) {
            // The first request after signing in starts the session's clock. A page that loads
            // sends several at once: one of them starts it, or each would leave a row of its own.
            synchronized (WebUtils.getSessionMutex(session)) {
                if (session.getAttribute(TOKEN) == null) {
                    session.setAttribute(TOKEN, times.start(user.getAccountId(), request.getRemoteAddr(),
                            request.getHeader("User-Agent")));
                }
            }
        } else {
            SessionTimes.Verdict verdict = times.check(token, !isHeartbeat(request));
            if (verdict != SessionTimes.Verdict.CURRENT) {
                return Optional.of(switch (verdict) {
                    case IDLE -> SignOutReason.IDLE;
                    case TOO_OLD -> SignOutReason.TOO_OLD;
                    default -> SignOutReason.ENDED;
                });
            }
        }
        return SessionGenerations.isCurrent(session, user, accounts) ? Optional.empty()
                : Optional.of(SignOutReason.ACCOUNT_CHANGED);
    }

    // Vaadin's heartbeat keeps an open tab's UI alive; it is not someone using it. The query
    // string, not getParameter: that would read a form body meant for someone else.
    private static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains("v-r=heartbeat");
    }
}
