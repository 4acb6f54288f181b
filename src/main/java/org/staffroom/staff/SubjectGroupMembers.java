package org.staffroom.staff;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.staffroom.history.EntityHistory;
import org.staffroom.history.Occasion;
import org.staffroom.subjectgroup.GroupMembers;

/** The members of subject groups are staff; the subject-group service asks through its port. */
@Component
@Transactional(readOnly = true)
class SubjectGroupMembers implements GroupMembers {

    // Envers sees entities, not this UPDATE, so the members' history rows are written here, in
    // the transaction's revision: the same values, with no subject group and its flag set.
    private static final String UNASSIGNED_HISTORY = "INSERT INTO staff_aud (id, rev, revtype, email, email_mod,"
            + " first_name, first_name_mod, last_name, last_name_mod, role, role_mod, subject_group_id,"
            + " subject_group_mod, enabled, enabled_mod, password_changed_at, password_changed_at_mod)"
            + " SELECT id, ?, 1, email, FALSE, first_name, FALSE, last_name, FALSE, role, FALSE, NULL, TRUE,"
            + " enabled, FALSE, password_changed_at, FALSE FROM staff WHERE subject_group_id = ?";

    private final StaffRepository repository;
    private final JdbcTemplate jdbc;
    private final EntityHistory history;

    SubjectGroupMembers(StaffRepository repository, JdbcTemplate jdbc, EntityHistory history) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public Map<Long, Long> countByGroup(Collection<Long> groupIds) {
        Map<Long, Long> counts = new HashMap<>();
        repository.countBySubjectGroup(groupIds).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public long count(long groupId) {
        return repository.countBySubjectGroupId(groupId);
    }

    @Override
    @Transactional
    public void unassignAll(long groupId) {
        // Locked first, so nobody joins the group between its history rows and the UPDATE.
        jdbc.queryForList("SELECT id FROM staff WHERE subject_group_id = ? FOR UPDATE", Long.class, groupId);
        jdbc.update(UNASSIGNED_HISTORY, history.revisionOfThisTransaction(Occasion.GROUP_DELETE), groupId);
        repository.unassignSubjectGroup(groupId);
    }

    @Override
    public List<Long> groupIdsByMemberCount(String name, boolean ascending, Pageable page) {
        return ascending ? repository.findGroupIdsByMemberCountAsc(name, page)
                : repository.findGroupIdsByMemberCountDesc(name, page);
    }
}
