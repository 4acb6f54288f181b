package org.staffroom.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Sign-in with a passkey, in one step that counts as two factors: the authenticator proves
 * possession, and its user-verification flag (a PIN or a fingerprint) was required. The same
 * rules as for passwords apply: a blocked address or a locked or disabled account is refused
 * with the same answer, failures count against the address, and the audit log has the same
 * lines. The session holds the same {@link SignedInAccount} as after a password.
 */
class PasskeyAuthenticationProvider implements AuthenticationProvider {

    // The flags byte follows the 32-byte hash of the relying party's id; bit 2 is "user verified".
    private static final int FLAGS_OFFSET = 32;
    private static final int USER_VERIFIED = 0x04;

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final AccountStore accounts;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final SecurityLog securityLog;

    PasskeyAuthenticationProvider(WebAuthnRelyingPartyOperations relyingParty, AccountStore accounts,
            SignInThrottle throttle, Clock clock, SecurityLog securityLog) {
        this.relyingParty = relyingParty;
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
        this.securityLog = securityLog;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var request = ((WebAuthnAuthenticationRequestToken) authentication).getWebAuthnRequest();
        String address = ClientAddressFilter.current();
        if (throttle.isAddressBlocked(address)) {
            return refuse("unknown", null, address, "address-blocked");
        }
        PublicKeyCredentialUserEntity owner;
        try {
            owner = relyingParty.authenticate(request);
        } catch (RuntimeException notVerified) {
            if (throttle.recordAddressFailure(address) == SignInThrottle.Outcome.LOCKED) {
                securityLog.event("address-block").outcome("blocked").address(address).warn();
            }
            return refuse("unknown", null, address, "passkey-not-verified");
        }
        byte[] authenticatorData = request.getPublicKey().getResponse().getAuthenticatorData().getBytes();
        Optional<Account> account = owner == null ? Optional.empty() : accounts.findBySignInName(owner.getName());
        String user = account.map(Account::signInName).orElse("unknown");
        Long id = account.map(Account::id).orElse(null);
        if (authenticatorData.length <= FLAGS_OFFSET || (authenticatorData[FLAGS_OFFSET] & USER_VERIFIED) == 0) {
            return refuse(user, id, address, "passkey-without-user-verification");
        }
        if (account.isEmpty()) {
            return refuse(user, id, address, "unknown");
        }
        if (throttle.isAccountLocked(account.get().id())) {
            return refuse(user, id, address, "account-locked");
        }
        if (!account.get().enabled()) {
            return refuse(user, id, address, "disabled");
        }
        throttle.release(account.get().id());
        securityLog.event("sign-in").outcome("success").with("method", "passkey").user(user, id).address(address).info();
        var principal = new SignedInAccount(account.get());
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY)
                .issuedAt(clock.instant()).build());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    private Authentication refuse(String user, Long id, String address, String reason) {
        securityLog.event("sign-in").outcome("failure").with("method", "passkey").reason(reason).user(user, id)
                .address(address).warn();
        throw new BadCredentialsException("Bad credentials");
    }


    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
