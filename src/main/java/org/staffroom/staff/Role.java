package org.staffroom.staff;

/** What a staff member may do. ADMIN maintains staff and subject groups. */
public enum Role {
    ADMIN,
    STAFF;

    /** The Spring Security authority, as {@code @RolesAllowed} expects it. */
    public String authority() {
        return "ROLE_" + name();
    }
}
