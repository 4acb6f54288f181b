package org.staffroom.security;

/**
 * The access rules that views and services declare, spelled once. Services deny by default
 * with {@link #ADMIN_ONLY} on the class and open single methods with {@link #SIGNED_IN}.
 */
public final class Access {

    /** For {@code @RolesAllowed} on views: the name of {@link Role#ADMIN}. */
    public static final String ADMIN = "ADMIN";
    /** For {@code @PreAuthorize}: administrators only. */
    public static final String ADMIN_ONLY = "hasRole('" + ADMIN + "')";
    /**
     * For {@code @PreAuthorize}: anyone signed in with every step done. A session whose second
     * factor is still outstanding holds no role (see {@link SignInStep}), so it is not signed in.
     */
    public static final String SIGNED_IN = "hasAnyRole('ADMIN','STAFF')";
    /** For the steps of signing in themselves: the password (or a passkey) was right. */
    public static final String SIGNING_IN = "isAuthenticated()";
    /** Past the second factor, or without one yet: may change the password and set up a factor. */
    public static final String VERIFIED = "isAuthenticated() and !hasAuthority('" + SignInStep.VERIFICATION_PENDING + "')";

    private Access() {
    }
}
