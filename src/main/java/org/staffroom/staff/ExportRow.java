package org.staffroom.staff;

import org.staffroom.security.Role;

/** One line of the staff CSV export, as the grid shows it. */
public record ExportRow(String lastName, String firstName, String email, String subjectGroup, Role role,
        StaffStatus status) {
}
