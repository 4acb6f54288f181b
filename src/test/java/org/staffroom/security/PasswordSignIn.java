package org.staffroom.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Signs a test in as the sign-in form would: through the real password provider, throttling and all. */
@Component
public class PasswordSignIn {

    private final PasswordAuthenticationProvider provider;

    PasswordSignIn(PasswordAuthenticationProvider provider) {
        this.provider = provider;
    }

    /** Signs in and makes the result the current authentication; what is left shows in {@link SignInStep}. */
    public Authentication signIn(String email, String password) {
        Authentication signedIn = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email,
                password));
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        return signedIn;
    }
}
