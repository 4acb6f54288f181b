package org.staffroom.staff;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.staffroom.subjectgroup.GroupMembers;

/** The members of subject groups are staff; the subject-group service asks through its port. */
@Component
@Transactional(readOnly = true)
class SubjectGroupMembers implements GroupMembers {

    private final StaffRepository repository;

    SubjectGroupMembers(StaffRepository repository) {
        this.repository = repository;
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
        repository.unassignSubjectGroup(groupId);
    }

    @Override
    public List<Long> groupIdsByMemberCount(String name, boolean ascending, Pageable page) {
        return ascending ? repository.findGroupIdsByMemberCountAsc(name, page)
                : repository.findGroupIdsByMemberCountDesc(name, page);
    }
}
