package org.staffroom.staff;

/** What an administrator needs to know about an account at a glance. */
public enum StaffStatus {
    ACTIVE("Active"),
    MUST_CHANGE_PASSWORD("Must change password"),
    LOCKED("Locked"),
    DISABLED("Disabled");

    private final String label;

    StaffStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
