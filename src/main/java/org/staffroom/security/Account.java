package org.staffroom.security;

/**
 * An account as signing in sees it. It holds the password hash, so it never leaves the
 * security feature's sign-in code, and its {@link #toString()} leaves the hash out.
 *
 * @param id the account's id, the same as the person's
 * @param signInName the e-mail address, in lower case
 * @param sessionGeneration sessions signed in with an older generation end at their next request
 */
public record Account(long id, String signInName, String firstName, String lastName, String passwordHash,
        Role role, boolean enabled, boolean mustChangePassword, int sessionGeneration) {

    public String displayName() {
        return firstName + " " + lastName;
    }

    /** Whose password it is, for the password policy's personal-words rule. */
    public PasswordPolicy.Person owner() {
        return new PasswordPolicy.Person(signInName, firstName, lastName);
    }

    @Override
    public String toString() {
        return "Account[id=" + id + ", signInName=" + signInName + ", role=" + role + ", enabled=" + enabled + "]";
    }
}
