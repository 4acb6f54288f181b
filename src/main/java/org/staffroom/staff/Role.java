package org.staffroom.staff;

/** What a staff member may do. ADMIN maintains staff and subject groups. */
public enum Role {
    ADMIN,
    STAFF;

    /** The Spring Security authority, as {@code @RolesAllowed} expects it. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The translation key of the label people see, e.g. {@code staff.role.ADMIN}. */
    public String messageKey() {
        return "staff.role." + name();
    }
}
