package org.staffroom.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person as the session holds it: the sign-in name plus what the UI shows. */
public class SignedInAccount extends User {

    private final long accountId;
    private final String displayName;
    private final int sessionGeneration;
    private final Role role;

    // Always enabled and unlocked here: PasswordAuthenticationProvider checks both only after
    // the password, so every refusal takes the same time and says the same thing.
    SignedInAccount(Account account) {
        super(account.signInName(), account.passwordHash(),
                List.of(new SimpleGrantedAuthority(account.role().authority())));
        this.accountId = account.id();
        this.displayName = account.displayName();
        this.sessionGeneration = account.sessionGeneration();
        this.role = account.role();
    }

    public long getAccountId() {
        return accountId;
    }

    /** The role the session was signed in with; a different one in the database ends the session. */
    Role role() {
        return role;
    }

    int sessionGeneration() {
        return sessionGeneration;
    }

    String displayName() {
        return displayName;
    }
}
