package org.staffroom.staff;

/** One line of the staff directory; it carries no role, status or password hash. */
public record DirectoryEntry(long id, String firstName, String lastName, String email, String subjectGroup) {

    public String fullName() {
        return lastName + ", " + firstName;
    }
}
