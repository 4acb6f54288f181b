package org.staffroom.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * The e-mail address is the sign-in name; the accounts come from the {@link AccountStore}.
 * After a successful sign-in with an older kind of hash, the password is hashed anew.
 */
@Service
class SignedInAccountService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountStore accounts;

    SignedInAccountService(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String signInName) {
        return accounts.findBySignInName(signInName).map(SignedInAccount::new)
                .orElseThrow(() -> new UsernameNotFoundException("No account for the given e-mail"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        SignedInAccount account = (SignedInAccount) user;
        accounts.storeUpgradedHash(account.getAccountId(), newPasswordHash);
        AuditLog.LOG.info("event=password-hash-upgrade outcome=success user={}", account.getUsername());
        return loadUserByUsername(account.getUsername());
    }
}
