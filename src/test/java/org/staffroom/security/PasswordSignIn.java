package org.staffroom.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Signs a test in as the sign-in form would: through the real password provider, throttling and all. */
@Component
public class PasswordSignIn {

    private final PasswordAuthenticationProvider provider;

    PasswordSignIn(PasswordAuthenticationProvider provider) {
        this.provider = provider;
    }

    /** Signs in and makes the result the current authentication; what is left shows in {@link SignInStep}. */
    public Authentication signIn(String email, String password) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        // As the form's filter does: the request's address goes with the attempt.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            attempt.setDetails(new WebAuthenticationDetails(request.getRequest()));
        }
        Authentication signedIn = provider.authenticate(attempt);
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        return signedIn;
    }
}
