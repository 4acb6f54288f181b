package org.staffroom.subjectgroup;

import org.staffroom.base.domain.AbstractEntity;
import java.util.Collection;
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
import org.staffroom.history.EntityHistory;
import org.staffroom.history.HistoryEntry;
import org.staffroom.security.Access;
import org.staffroom.security.AuditLog;

/** Subject groups: names unique regardless of case, changes only by administrators. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN_ONLY)
public class SubjectGroupService {

    private static final ConflictMessages CONFLICTS = new ConflictMessages("uk_subject_group_name",
            "subjectgroup.conflict.duplicate-name", "subjectgroup.conflict.stale");

    private static final List<EntityHistory.Field<SubjectGroup>> HISTORY = List.of(
            new EntityHistory.Field<>("name", SubjectGroup::getName));

    private final SubjectGroupRepository repository;
    private final GroupMembers members;
    private final EntityHistory history;

    SubjectGroupService(SubjectGroupRepository repository, GroupMembers members, EntityHistory history) {
        this.repository = repository;
        this.members = members;
        this.history = history;
    }

    public List<SubjectGroup> findAll() {
        return repository.findAll(Sort.by("name"));
    }

    public long count() {
        return repository.count();
    }

    /** A page of groups with their staff counts; "staffCount" is a valid sort property. */
    public List<SubjectGroup> find(String nameFilter, Pageable pageable) {
        Sort.Order byCount = pageable.getSort().getOrderFor("staffCount");
        // Many groups share a count; their names keep the order stable from page to page.
        Pageable page = byCount == null ? pageable : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(byCount, new Sort.Order(byCount.getDirection(), "name")));
        return repository.findByNameContaining(AbstractEntity.normalized(nameFilter), page);
    }

    public long count(String nameFilter) {
        return repository.countByNameContaining(AbstractEntity.normalized(nameFilter));
    }

    public SubjectGroup get(long id) {
        return repository.findById(id).orElseThrow(CONFLICTS::staleEdit);
    }

    public long countStaff(long id) {
        return members.count(id);
    }

    /** A group's changes (its name), newest first. */
    public List<HistoryEntry> history(long id, int offset, int limit) {
        return history.of(SubjectGroup.class, id, HISTORY, offset, limit);
    }

    /** The names of {@code ids}: as they are called now, or were called when they were deleted. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        repository.findAllById(ids).forEach(group -> names.put(group.getId(), group.getName()));
        List<Long> deleted = ids.stream().filter(id -> !names.containsKey(id)).toList();
        if (!deleted.isEmpty()) {
            history.lastValuesOfDeleted(SubjectGroup.class, deleted)
                    .forEach(group -> names.put(group.getId(), group.getName()));
        }
        return names;
    }

    /** @throws DuplicateValueException when the name exists in any casing */
    @Transactional
    public SubjectGroup create(String name) {
        SubjectGroup created = CONFLICTS.saveAndFlush(repository, new SubjectGroup(name));
        AuditLog.LOG.info("event=subject-group-create outcome=success group={} by={}", created.getId(), AuditLog.actor());
        return created;
    }

    /**
     * Renames the group if nobody changed it since {@code version} was read.
     *
     * @throws StaleEditException when someone else changed or deleted it
     * @throws DuplicateValueException when the name exists in any casing
     */
    @Transactional
    public SubjectGroup rename(long id, long version, String name) {
        SubjectGroup group = CONFLICTS.current(repository.findById(id), version);
        group.setName(name);
        SubjectGroup renamed = CONFLICTS.saveAndFlush(repository, group);
        AuditLog.LOG.info("event=subject-group-rename outcome=success group={} by={}", id, AuditLog.actor());
        return renamed;
    }

    /**
     * Deletes the group; with {@code unassignStaff} its staff are left without a group,
     * in the same transaction.
     *
     * @throws StaleEditException when someone else changed or deleted it
     * @throws GroupInUseException when staff belong to it and {@code unassignStaff} is false
     */
    @Transactional
    public void delete(long id, long version, boolean unassignStaff) {
        SubjectGroup group = CONFLICTS.current(repository.findById(id), version);
        long staff = members.count(id);
        if (staff > 0 && !unassignStaff) {
            throw new GroupInUseException(group.getName(), staff);
        }
        if (staff > 0) {
            members.unassignAll(id);
        }
        repository.delete(group);
        try {
            repository.flush();
        } catch (DataIntegrityViolationException assignedMeanwhile) {
            throw CONFLICTS.staleEdit();
        }
        AuditLog.LOG.info("event=subject-group-delete outcome=success group={} unassigned={} by={}", id, staff,
                AuditLog.actor());
    }
}
