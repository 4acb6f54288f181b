package org.staffroom.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The person using the current UI, for views that greet them or sign them out. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;
    private final SessionTimes sessionTimes;
    private final SecurityLog securityLog;

    CurrentUser(AuthenticationContext authenticationContext, SessionTimes sessionTimes, SecurityLog securityLog) {
        this.authenticationContext = authenticationContext;
        this.sessionTimes = sessionTimes;
        this.securityLog = securityLog;
    }

    public boolean isSignedIn() {
        return authenticationContext.isAuthenticated();
    }

    public String email() {
        return authenticationContext.getPrincipalName().orElseThrow();
    }

    public long accountId() {
        return authenticationContext.getAuthenticatedUser(SignedInAccount.class).orElseThrow().getAccountId();
    }

    public String displayName() {
        return authenticationContext.getAuthenticatedUser(SignedInAccount.class)
                .map(SignedInAccount::displayName)
                .or(authenticationContext::getPrincipalName)
                .orElse("");
    }

    /** What is left of signing in for this session; {@link SignInStep#DONE} when nothing is. */
    public SignInStep signInStep() {
        return SignInStep.of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Signs out, and the sign-in page that follows says why. */
    public void logout(SignOutReason why) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            why.tell(request.getHttpServletRequest(), response.getHttpServletResponse());
        }
        logout();
    }

    public void logout() {
        securityLog.event("sign-out").outcome("success").user(email(), authenticationContext
                .getAuthenticatedUser(SignedInAccount.class).map(SignedInAccount::getAccountId).orElse(null)).info();
        HttpSession session = httpSession();
        if (session != null) {
            sessionTimes.end(session);
        }
        authenticationContext.logout();
    }

    /** The HTTP session of the request being served, if there is one. */
    static HttpSession httpSession() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(false) : null;
    }
}
