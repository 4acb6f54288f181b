package org.staffroom.staff;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.staffroom.history.EntityHistory;
import org.staffroom.history.HistoryEntry;
import org.staffroom.history.HistoryEntry.FieldChange;
import org.staffroom.history.HistoryEntry.Stamp;
import org.staffroom.security.Access;
import org.staffroom.subjectgroup.SubjectGroupService;

/**
 * Who changed what about a person, and who deleted whom: administrators only. Password
 * hashes and second factors are never in it; a password change is an entry without values.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN_ONLY)
public class StaffHistoryService {

    /** What a person's entries show, in this order; the field names are the entity's properties. */
    public static final String EMAIL = "email";
    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String ROLE = "role";
    public static final String SUBJECT_GROUP = "subjectGroup";
    public static final String ENABLED = "enabled";
    public static final String PASSWORD = "passwordChangedAt";

    private static final List<EntityHistory.Field<Staff>> FIELDS = List.of(
            new EntityHistory.Field<>(EMAIL, Staff::getEmail),
            new EntityHistory.Field<>(FIRST_NAME, Staff::getFirstName),
            new EntityHistory.Field<>(LAST_NAME, Staff::getLastName),
            new EntityHistory.Field<>(ROLE, Staff::getRole),
            new EntityHistory.Field<>(SUBJECT_GROUP,
                    staff -> staff.getSubjectGroup() == null ? null : staff.getSubjectGroup().getId()),
            new EntityHistory.Field<>(ENABLED, Staff::isEnabled),
            new EntityHistory.Field<>(PASSWORD, Staff::getPasswordChangedAt));

    /** A person who was deleted: their last values, and who deleted them when. */
    public record DeletedStaff(long id, String email, String fullName, Stamp deletion) {
    }

    private final EntityHistory history;
    private final SubjectGroupService subjectGroups;

    StaffHistoryService(EntityHistory history, SubjectGroupService subjectGroups) {
        this.history = history;
        this.subjectGroups = subjectGroups;
    }

    /**
     * A person's changes, newest first, with subject groups by name (as the group is called
     * now, or was called when it was deleted). A password change carries no values.
     */
    public List<HistoryEntry> of(long staffId, int offset, int limit) {
        List<HistoryEntry> entries = history.of(Staff.class, staffId, FIELDS, offset, limit);
        Set<Long> groupIds = new HashSet<>();
        entries.forEach(entry -> entry.changes().stream().filter(change -> change.field().equals(SUBJECT_GROUP))
                .forEach(change -> {
                    addIfId(groupIds, change.before());
                    addIfId(groupIds, change.after());
                }));
        Map<Long, String> names = groupIds.isEmpty() ? Map.of() : subjectGroups.namesOf(groupIds);
        return entries.stream().map(entry -> readable(entry, names)).toList();
    }

    /** The people deleted, most recently deleted first. */
    public List<DeletedStaff> deleted(int offset, int limit) {
        return history.deleted(Staff.class, offset, limit,
                (last, stamp) -> new DeletedStaff(last.getId(), last.getEmail(), last.getFullName(), stamp));
    }

    private static HistoryEntry readable(HistoryEntry entry, Map<Long, String> groupNames) {
        List<FieldChange> changes = entry.changes().stream().map(change -> switch (change.field()) {
            case SUBJECT_GROUP -> new FieldChange(SUBJECT_GROUP, nameOf(change.before(), groupNames),
                    nameOf(change.after(), groupNames));
            case PASSWORD -> new FieldChange(PASSWORD, null, null);
            default -> change;
        }).filter(change -> entry.kind() == HistoryEntry.Kind.CHANGED || !change.field().equals(PASSWORD)).toList();
        return new HistoryEntry(entry.stamp(), entry.kind(), changes, entry.beforeKnown());
    }

    private static String nameOf(Object groupId, Map<Long, String> groupNames) {
        return groupId == null ? null : groupNames.getOrDefault(groupId, "#" + groupId);
    }

    private static void addIfId(Set<Long> ids, Object value) {
        if (value instanceof Long id) {
            ids.add(id);
        }
    }
}
