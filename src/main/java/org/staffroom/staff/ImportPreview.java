package org.staffroom.staff;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.staffroom.security.Role;

/**
 * What an import would do, row by row, before anything is saved: each row is new, an update
 * (matched by e-mail, regardless of case), unchanged, or in error with a message per field.
 *
 * @param unknownGroups subject groups the file names that do not exist, to create or leave out
 */
public record ImportPreview(List<Row> rows, Set<String> unknownGroups) {

    public enum Status { NEW, UPDATE, UNCHANGED, ERROR }

    /** A value before and after, for an update. */
    public record Change(Object before, Object after) {
    }

    /**
     * One row of the file as it would be saved.
     *
     * @param line the file's line (CSV) or row number (XLSX)
     * @param email the e-mail as it would be stored (lower case), or as typed when it is in error
     * @param subjectGroup the group's name as in the file, null for none
     * @param role the role it would have; null when the row is in error there
     * @param errors each refused column's message, in the importing person's language
     * @param changes for an update, each changed column's old and new value
     * @param staffId the person it updates, null for a new one
     * @param version the version of that person the preview read; a different one at confirm means someone else
     *     changed them meanwhile
     */
    public record Row(int line, Status status, String email, String firstName, String lastName, String subjectGroup,
            Role role, Map<ImportColumn, String> errors, Map<ImportColumn, Change> changes, Long staffId,
            Long version) {
    }

    public long count(Status status) {
        return rows.stream().filter(row -> row.status() == status).count();
    }

    public boolean hasErrors() {
        return count(Status.ERROR) > 0;
    }
}
