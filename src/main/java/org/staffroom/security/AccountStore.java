package org.staffroom.security;

import java.util.Optional;

/**
 * What signing in needs from wherever the accounts live. Security owns this port and knows
 * nothing else of the people behind it; the staff feature implements it.
 */
public interface AccountStore {

    /** The account whose sign-in name is {@code signInName}, compared without case. */
    Optional<Account> findBySignInName(String signInName);

    Optional<Account> findById(long accountId);

    /**
     * Stores a password the person chose themselves, which they then need not change, and
     * ends their other sessions.
     *
     * @return the new session generation, which the current session adopts to stay signed in
     */
    int storeOwnPassword(long accountId, String passwordHash);

    /** Ends every session of the account at its next request (its session generation moves on). */
    void endSessions(long accountId);

    /** Replaces the hash of the same password with a stronger one; nothing else changes. */
    void storeUpgradedHash(long accountId, String passwordHash);

    /**
     * True while the account is enabled, still has this sign-in name and role, and nothing has
     * ended sessions of {@code sessionGeneration}.
     */
    boolean isSessionCurrent(long accountId, int sessionGeneration, String signInName, Role role);

    /** Whether the password was set by someone else and must be changed before anything else. */
    boolean mustChangePassword(long accountId);
}
