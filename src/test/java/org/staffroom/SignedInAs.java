package org.staffroom;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * Runs a test as the account with this e-mail, signed in with its password just now, as a
 * password sign-in leaves a session that needs no second factor: its role plus
 * {@code FACTOR_PASSWORD} issued now (which sensitive actions look at).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@WithSecurityContext(factory = SignedInAs.Factory.class, setupBefore = TestExecutionEvent.TEST_METHOD)
public @interface SignedInAs {

    String value();

    final class Factory implements WithSecurityContextFactory<SignedInAs> {

        private final UserDetailsService accounts;

        Factory(UserDetailsService accounts) {
            this.accounts = accounts;
        }

        @Override
        public SecurityContext createSecurityContext(SignedInAs signedInAs) {
            UserDetails principal = accounts.loadUserByUsername(signedInAs.value());
            List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
            authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
            return context;
        }
    }
}
