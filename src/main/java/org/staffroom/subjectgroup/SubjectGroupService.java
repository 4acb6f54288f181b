package org.staffroom.subjectgroup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.staffroom.base.domain.ConflictMessages;

/** Subject groups: names unique regardless of case, changes only by administrators. */
@Service
@Transactional(readOnly = true)
public class SubjectGroupService {

    private static final ConflictMessages CONFLICTS = new ConflictMessages("uk_subject_group_name",
            "subjectgroup.conflict.duplicate-name", "subjectgroup.conflict.stale");

    private final SubjectGroupRepository repository;

    SubjectGroupService(SubjectGroupRepository repository) {
        this.repository = repository;
    }

    public List<SubjectGroup> findAll() {
        return repository.findAll(Sort.by("name"));
    }

    public long count() {
        return repository.count();
    }

    /** A page of groups with their staff counts; "staffCount" is a valid sort property. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<SubjectGroup> find(String nameFilter, Pageable pageable) {
        String name = nameFilter.strip();
        Sort.Order byCount = pageable.getSort().getOrderFor("staffCount");
        List<SubjectGroup> groups;
        if (byCount == null) {
            groups = repository.findByNameContaining(name, pageable);
        } else {
            Pageable unsorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
            groups = byCount.isAscending() ? repository.findOrderByStaffCountAsc(name, unsorted)
                    : repository.findOrderByStaffCountDesc(name, unsorted);
        }
        if (!groups.isEmpty()) {
            Map<Long, Long> counts = new HashMap<>();
            repository.countStaffByGroup(groups.stream().map(SubjectGroup::getId).toList())
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
            groups.forEach(group -> group.setStaffCount(counts.getOrDefault(group.getId(), 0L)));
        }
        return groups;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(String nameFilter) {
        return repository.countByNameContaining(nameFilter.strip());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public SubjectGroup get(long id) {
        return repository.findById(id).orElseThrow(CONFLICTS::staleEdit);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long countStaff(long id) {
        return repository.countStaff(id);
    }

    /** @throws DuplicateValueException when the name exists in any casing */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public SubjectGroup create(String name) {
        return CONFLICTS.saveAndFlush(repository, new SubjectGroup(name));
    }

    /**
     * Renames the group if nobody changed it since {@code version} was read.
     *
     * @throws StaleEditException when someone else changed or deleted it
     * @throws DuplicateValueException when the name exists in any casing
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public SubjectGroup rename(long id, long version, String name) {
        SubjectGroup group = CONFLICTS.current(repository.findById(id), version);
        group.setName(name);
        return CONFLICTS.saveAndFlush(repository, group);
    }

    /**
     * Deletes the group; with {@code unassignStaff} its staff are left without a group,
     * in the same transaction.
     *
     * @throws StaleEditException when someone else changed or deleted it
     * @throws GroupInUseException when staff belong to it and {@code unassignStaff} is false
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id, long version, boolean unassignStaff) {
        SubjectGroup group = CONFLICTS.current(repository.findById(id), version);
        long staff = repository.countStaff(id);
        if (staff > 0 && !unassignStaff) {
            throw new GroupInUseException(staff);
        }
        repository.unassignStaff(id);
        repository.delete(group);
        try {
            repository.flush();
        } catch (DataIntegrityViolationException assignedMeanwhile) {
            throw CONFLICTS.staleEdit();
        }
    }

    /** Staff still belong to the group; the person must decide whether to unassign them. */
    public static class GroupInUseException extends RuntimeException {
        private final long staffCount;

        GroupInUseException(long staffCount) {
            super(staffCount + " staff belong to this subject group");
            this.staffCount = staffCount;
        }

        public long staffCount() {
            return staffCount;
        }
    }
}
