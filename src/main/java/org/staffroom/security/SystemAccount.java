package org.staffroom.security;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (sample data, the first administrator) through the same secured services a person uses, as
 * an administrator named "system". Never call it from code that a request reaches.
 */
public final class SystemAccount {

    /** What marks the system's authentication: no person signed in, so nobody to ask for a factor. */
    static final String AUTHORITY = "STAFFROOM_SYSTEM";

    private SystemAccount() {
    }

    public static void runAsAdministrator(Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()), new SimpleGrantedAuthority(AUTHORITY))));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
