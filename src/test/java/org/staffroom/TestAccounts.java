package org.staffroom;

/** The accounts that the test configuration creates (src/test/resources/config). */
public final class TestAccounts {

    public static final String ADMIN_EMAIL = "admin@school.example";
    public static final String ADMIN_PASSWORD = "Bootstrap-test-passphrase-2026";

    /** Fixed accounts made by TestStaffAccounts; their password is TestStaffAccounts.PASSWORD. */
    public static final String TEACHER_EMAIL = "teacher@school.example";
    public static final String HEAD_EMAIL = "head@school.example";

    private TestAccounts() {
    }
}
