package org.staffroom.security;

import java.util.Optional;
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
 * comparison and ends in the same generic error, so the page reveals nothing. Where a second
 * factor follows, the session signs in without its role until it is proven ({@link SignInStep}).
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwordCheck;
    private final AccountStore accounts;
    private final SignInThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final SecondFactorPolicy secondFactors;
    private final SecurityLog securityLog;
    private volatile String unknownPasswordHash;

    PasswordAuthenticationProvider(SignedInAccountService userDetailsService, PasswordEncoder passwordEncoder,
            AccountStore accounts, SignInThrottle throttle, SecondFactorPolicy secondFactors, SecurityLog securityLog) {
        this.passwordCheck = new DaoAuthenticationProvider(userDetailsService);
        this.passwordCheck.setPasswordEncoder(passwordEncoder);
        this.passwordCheck.setUserDetailsPasswordService(userDetailsService);
        this.accounts = accounts;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.secondFactors = secondFactors;
        this.securityLog = securityLog;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = addressOf(authentication);
        Optional<Account> account = accounts.findBySignInName(authentication.getName());
        String user = account.map(Account::signInName).orElse("unknown");
        Long id = account.map(Account::id).orElse(null);
        boolean addressBlocked = throttle.isAddressBlocked(address);
        // Counted before the comparison, so parallel guesses get at most the allowed number compared.
        SignInThrottle.Attempt attempt = addressBlocked || account.isEmpty() ? SignInThrottle.Attempt.ALLOWED
                : throttle.beginAttempt(account.get().id());
        if (addressBlocked || attempt == SignInThrottle.Attempt.REFUSED) {
            // The same cost as any other refusal, without testing the guess against the account.
            passwordEncoder.matches(authentication.getCredentials().toString(), unknownPasswordHash());
            return refuse(user, id, address, addressBlocked ? "address-blocked" : "account-locked");
        }

        Authentication result;
        try {
            result = passwordCheck.authenticate(authentication);
        } catch (AuthenticationException wrongPassword) {
            if (attempt == SignInThrottle.Attempt.LAST_ALLOWED) {
                securityLog.event("account-lock").outcome("locked").user(user, id).address(address).warn();
            }
            if (throttle.recordAddressFailure(address) == SignInThrottle.Outcome.LOCKED) {
                securityLog.event("address-block").outcome("blocked").address(address).warn();
            }
            return refuse(user, id, address, "bad-credentials");
        }
        if (!account.orElseThrow().enabled()) {
            return refuse(user, id, address, "disabled");
        }
        SignInStep next = secondFactors.stepAfterPassword(account.get());
        if (next == SignInStep.VERIFY_SECOND_FACTOR) {
            // The failures so far stay counted: wrong codes that follow add to them toward the same lock.
            securityLog.event("sign-in").outcome("password-accepted").with("next", "second-factor").user(user, id)
                    .address(address).info();
        } else {
            throttle.release(account.get().id());
            var signedIn = securityLog.event("sign-in").outcome("success");
            if (next == SignInStep.ENROL_SECOND_FACTOR) {
                signedIn.with("next", "second-factor-enrolment");
            }
            signedIn.user(user, id).address(address).info();
        }
        return next.withheld(result);
    }

    private String unknownPasswordHash() {
        if (unknownPasswordHash == null) {
            unknownPasswordHash = passwordEncoder.encode(RandomPasswords.generate());
        }
        return unknownPasswordHash;
    }

    private Authentication refuse(String user, Long id, String address, String reason) {
        securityLog.event("sign-in").outcome("failure").reason(reason).user(user, id).address(address).warn();
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
