package org.staffroom.staff;

/** What an administrator needs to know about an account at a glance. */
public enum StaffStatus {
    ACTIVE,
    MUST_CHANGE_PASSWORD,
    LOCKED,
    DISABLED;

    /** The translation key of the label people see, e.g. {@code staff.status.ACTIVE}. */
    public String messageKey() {
        return "staff.status." + name();
    }
}
