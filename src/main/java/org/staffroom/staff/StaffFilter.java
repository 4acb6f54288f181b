package org.staffroom.staff;

import org.staffroom.base.domain.AbstractEntity;
import org.staffroom.security.Role;

/**
 * What the staff grid shows: a name or e-mail prefix, a subject group (or people
 * without one), a role and a status. Null means "any".
 */
public record StaffFilter(String search, Long subjectGroupId, boolean withoutSubjectGroup, Role role,
        StaffStatus status) {

    public static final StaffFilter NONE = new StaffFilter("", null, false, null, null);

    public StaffFilter {
        search = search == null ? "" : AbstractEntity.normalized(search);
    }
}
