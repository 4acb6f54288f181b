package org.staffroom.security;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signed-in HTTP sessions and their requests through the revocation filter, for the session tests. */
final class SignedInSessions {

    private static final String PRINCIPAL = "test.principal";

    private SignedInSessions() {
    }

    static MockHttpSession of(SignedInAccount principal) {
        var session = new MockHttpSession();
        session.setAttribute(PRINCIPAL, principal);
        return session;
    }

    /** A request of {@code session}, with its person signed in on this thread as the filter chain would. */
    static MockHttpServletRequest requestIn(MockHttpSession session) {
        var principal = (SignedInAccount) session.getAttribute(PRINCIPAL);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        var request = new MockHttpServletRequest();
        request.setSession(session);
        return request;
    }

    /** Sends a request of {@code session} through {@code filter}; the thread's sign-in is as before afterwards. */
    static MockHttpServletResponse pass(SessionRevocationFilter filter, MockHttpSession session) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        var response = new MockHttpServletResponse();
        try {
            filter.doFilter(requestIn(session), response, new MockFilterChain());
        } catch (IOException | ServletException e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
        return response;
    }
}
