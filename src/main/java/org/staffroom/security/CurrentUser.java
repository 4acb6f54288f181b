package org.staffroom.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** The person using the current UI, for views that greet them or sign them out. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
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

    public void logout() {
        AuditLog.LOG.info("event=sign-out outcome=success user={}", email());
        authenticationContext.logout();
    }
}
