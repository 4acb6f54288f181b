package org.staffroom.staff;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.staffroom.history.Occasion;
import org.staffroom.subjectgroup.GroupMembers;

/** The members of subject groups are staff; the subject-group service asks through its port. */
@Component
@Transactional(readOnly = true)
class SubjectGroupMembers implements GroupMembers {

    private final StaffRepository repository;
    private final JdbcTemplate jdbc;
    private final SetBasedHistory history;

    SubjectGroupMembers(StaffRepository repository, JdbcTemplate jdbc, SetBasedHistory history) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.history = history;
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
        history.changed(Occasion.GROUP_DELETE, "subject_group_id", "NULL", "s.subject_group_id = :group",
                new MapSqlParameterSource("group", groupId));
        repository.unassignSubjectGroup(groupId);
    }
}
