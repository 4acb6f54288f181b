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
    /** For {@code @PreAuthorize}: anyone signed in. */
    public static final String SIGNED_IN = "isAuthenticated()";

    private Access() {
    }
}
