package org.staffroom.security;

/** What a person may do. ADMIN maintains staff and subject groups; STAFF reads the directory. */
public enum Role {
    ADMIN,
    STAFF;

    /** The Spring Security authority, as {@code @RolesAllowed} and {@code hasRole} expect it. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The translation key of the label people see, e.g. {@code security.role.ADMIN}. */
    public String messageKey() {
        return "security.role." + name();
    }
}
