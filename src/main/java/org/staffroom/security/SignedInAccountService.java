package org.staffroom.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** The e-mail address is the sign-in name; the accounts come from the {@link AccountStore}. */
@Service
class SignedInAccountService implements UserDetailsService {

    private final AccountStore accounts;

    SignedInAccountService(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String signInName) {
        return accounts.findBySignInName(signInName).map(SignedInAccount::new)
                .orElseThrow(() -> new UsernameNotFoundException("No account for the given e-mail"));
    }
}
