package org.staffroom.security;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with brute-force protection. Every refusal (unknown e-mail, wrong
 * password, locked or disabled account, blocked address) costs one password hash
 * comparison and ends in the same generic error, so the page reveals nothing.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private static final Logger audit = LoggerFactory.getLogger("org.staffroom.audit");

    private final DaoAuthenticationProvider passwordCheck;
    private final AccountStore accounts;
    private final SignInThrottle throttle;

    PasswordAuthenticationProvider(SignedInAccountService userDetailsService, PasswordEncoder passwordEncoder,
            AccountStore accounts, SignInThrottle throttle) {
        this.passwordCheck = new DaoAuthenticationProvider(userDetailsService);
        this.passwordCheck.setPasswordEncoder(passwordEncoder);
        this.passwordCheck.setUserDetailsPasswordService(userDetailsService);
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = addressOf(authentication);
        Optional<Account> account = accounts.findBySignInName(authentication.getName());
        String user = account.map(Account::signInName).orElse("unknown");
        boolean addressBlocked = throttle.isAddressBlocked(address);
        boolean accountLocked = account.map(a -> throttle.isAccountLocked(a.id())).orElse(false);

        Authentication result;
        try {
            result = passwordCheck.authenticate(authentication);
        } catch (AuthenticationException wrongPassword) {
            if (addressBlocked || accountLocked) {
                return refuse(user, address, addressBlocked ? "address-blocked" : "account-locked");
            }
            countFailure(account, user, address);
            return refuse(user, address, "bad-credentials");
        }
        if (addressBlocked || accountLocked || !account.orElseThrow().enabled()) {
            return refuse(user, address, addressBlocked ? "address-blocked" : accountLocked ? "account-locked" : "disabled");
        }
        throttle.release(account.get().id());
        audit.info("event=sign-in outcome=success user={} address={}", user, address);
        return result;
    }

    private void countFailure(Optional<Account> account, String user, String address) {
        account.ifPresent(a -> {
            if (throttle.recordAccountFailure(a.id()) == SignInThrottle.Outcome.LOCKED) {
                audit.warn("event=account-lock outcome=locked user={} address={}", user, address);
            }
        });
        if (throttle.recordAddressFailure(address) == SignInThrottle.Outcome.LOCKED) {
            audit.warn("event=address-block outcome=blocked address={}", address);
        }
    }

    private static Authentication refuse(String user, String address, String reason) {
        audit.warn("event=sign-in outcome=failure reason={} user={} address={}", reason, user, address);
        throw new BadCredentialsException("Bad credentials");
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
