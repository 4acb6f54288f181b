package org.staffroom.staff;

import org.staffroom.security.Role;
import org.staffroom.subjectgroup.SubjectGroup;

/** What an administrator edits about a person; never their password. */
public record StaffDetails(String email, String firstName, String lastName, SubjectGroup subjectGroup, Role role) {

    public static StaffDetails of(Staff staff) {
        return new StaffDetails(staff.getEmail(), staff.getFirstName(), staff.getLastName(), staff.getSubjectGroup(),
                staff.getRole());
    }
}
