package org.staffroom.staff;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.staffroom.base.domain.ConflictMessages;
import org.staffroom.base.domain.DuplicateValueException;
import org.staffroom.base.domain.StaleEditException;
import org.staffroom.base.domain.UserFacingException;
import org.staffroom.security.Access;
import org.staffroom.security.AuditLog;
import org.staffroom.security.RecentFactor;
import org.staffroom.security.Role;
import org.staffroom.security.SignInThrottle;

/** The staff use cases; administrators only, except the directory and one's own entry. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.ADMIN_ONLY)
public class StaffService {

    private static final ConflictMessages CONFLICTS = new ConflictMessages("uk_staff_email",
            "staff.error.email-taken", "staff.error.changed-elsewhere");

    private final StaffRepository repository;
    private final StaffQueries queries;
    private final SignInThrottle throttle;
    private final RecentFactor recentFactor;

    StaffService(StaffRepository repository, StaffQueries queries, SignInThrottle throttle, RecentFactor recentFactor) {
        this.repository = repository;
        this.queries = queries;
        this.throttle = throttle;
        this.recentFactor = recentFactor;
    }

    /** One page of the staff grid, in three queries whatever the size of the table. */
    public List<Staff> find(StaffFilter filter, StaffSort sort, boolean ascending, int offset, int limit) {
        return find(filter, sort, ascending, offset, limit, new StaffPageBookmarks());
    }

    /** As above, continuing from where the grid's earlier pages ended when it can. */
    public List<Staff> find(StaffFilter filter, StaffSort sort, boolean ascending, int offset, int limit,
            StaffPageBookmarks bookmarks) {
        List<Long> ids = queries.pageIds(filter, sort, ascending, offset, limit, bookmarks);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Staff> byId = withLocks(repository.findWithSubjectGroupByIdIn(ids)).stream()
                .collect(Collectors.toMap(Staff::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public long countUpTo(StaffFilter filter, int bound) {
        return queries.boundedCount(filter, bound);
    }

    public long count() {
        return repository.count();
    }

    /** One page of the staff directory everyone may read (names, e-mail, subject group; nothing else), as the grid pages. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<DirectoryEntry> directory(StaffSort sort, boolean ascending, int offset, int limit,
            StaffPageBookmarks bookmarks) {
        List<Long> ids = queries.directoryPageIds(sort, ascending, offset, limit, bookmarks);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, DirectoryEntry> byId = repository.findDirectoryByIdIn(ids).stream()
                .collect(Collectors.toMap(DirectoryEntry::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The signed-in person's own directory entry. */
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<DirectoryEntry> ownEntry() {
        return repository.findDirectoryEntryByEmail(SecurityContextHolder.getContext().getAuthentication().getName());
    }

    /**
     * Creates an account whose password was chosen by someone else, so the person must
     * change it at the first sign-in. {@code passwordHash} is already encoded.
     *
     * @throws DuplicateValueException when the e-mail is already used, in any casing
     */
    @Transactional
    public Staff createAccount(Staff staff, String passwordHash) {
        staff.setPasswordHash(passwordHash);
        staff.setMustChangePassword(true);
        return CONFLICTS.saveAndFlush(repository, staff);
    }

    /**
     * Changes what an administrator edits about a person, if nobody changed them since
     * {@code version} was read.
     *
     * @throws StaleEditException when someone else changed or deleted the person
     * @throws DuplicateValueException when the e-mail is already used by another account
     * @throws RefusedException when it would demote oneself or the last active administrator
     */
    @Transactional
    public Staff update(long id, long version, StaffDetails details) {
        Staff staff = CONFLICTS.current(repository.findById(id), version);
        if (staff.getRole() != details.role()) {
            recentFactor.requireForSensitiveAction();
        }
        if (staff.getRole() == Role.ADMIN && details.role() != Role.ADMIN) {
            refuseForSelf(staff, "staff.error.self.remove-admin-role");
            refuseForLastAdministrator(staff, "staff.error.last-admin.remove-admin-role");
        }
        String email = staff.getEmail();
        Role role = staff.getRole();
        staff.setEmail(details.email());
        staff.setFirstName(details.firstName());
        staff.setLastName(details.lastName());
        staff.setSubjectGroup(details.subjectGroup());
        staff.setRole(details.role());
        Staff saved = CONFLICTS.saveAndFlush(repository, staff);
        if (!saved.getEmail().equals(email)) {
            AuditLog.LOG.info("event=account-email-change outcome=success user={} from={} by={}",
                    saved.getEmail(), email, AuditLog.actor());
        }
        if (saved.getRole() != role) {
            AuditLog.LOG.info("event=account-role-change outcome=success user={} from={} to={} by={}",
                    saved.getEmail(), role, saved.getRole(), AuditLog.actor());
        }
        return saved;
    }

    /** Stores a password an administrator set; the person must change it and is signed out. */
    @Transactional
    public Staff resetPassword(long id, String passwordHash) {
        recentFactor.requireForSensitiveAction();
        Staff staff = repository.findById(id).orElseThrow(CONFLICTS::staleEdit);
        staff.setPasswordHash(passwordHash);
        staff.setMustChangePassword(true);
        staff.endSessions();
        return repository.saveAndFlush(staff);
    }

    /** Disabling signs the person out everywhere at their next request. */
    @Transactional
    public Staff setEnabled(long id, long version, boolean enabled) {
        Staff staff = CONFLICTS.current(repository.findById(id), version);
        if (!enabled) {
            recentFactor.requireForSensitiveAction();
            refuseForSelf(staff, "staff.error.self.disable");
            if (staff.getRole() == Role.ADMIN) {
                refuseForLastAdministrator(staff, "staff.error.last-admin.disable");
            }
            staff.endSessions();
        }
        staff.setEnabled(enabled);
        Staff saved = repository.saveAndFlush(staff);
        AuditLog.LOG.info("event={} outcome=success user={} by={}", enabled ? "account-enable" : "account-disable",
                saved.getEmail(), AuditLog.actor());
        return saved;
    }

    @Transactional
    public void delete(long id, long version) {
        recentFactor.requireForSensitiveAction();
        Staff staff = CONFLICTS.current(repository.findById(id), version);
        refuseForSelf(staff, "staff.error.self.delete");
        if (staff.getRole() == Role.ADMIN && staff.isEnabled()) {
            refuseForLastAdministrator(staff, "staff.error.last-admin.delete");
        }
        repository.delete(staff);
        repository.flush();
        AuditLog.LOG.info("event=account-delete outcome=success user={} role={} by={}", staff.getEmail(),
                staff.getRole(), AuditLog.actor());
    }

    public Staff get(long id) {
        return withLocks(repository.findWithSubjectGroupByIdIn(List.of(id))).stream().findFirst()
                .orElseThrow(CONFLICTS::staleEdit);
    }

    /** Every person matching the filter, streamed to {@code row} in grid order. */
    public void export(StaffFilter filter, Consumer<ExportRow> row) {
        queries.export(filter, row);
    }

    /**
     * An action an administrator may not take (on themselves, or on the last admin). It
     * carries the translation key of what the administrator is told; views translate it.
     */
    public static class RefusedException extends UserFacingException {
        RefusedException(String messageKey, Object... arguments) {
            super(messageKey, null, arguments);
        }
    }

    private List<Staff> withLocks(List<Staff> staff) {
        Set<Long> locked = throttle.lockedAmong(staff.stream().map(Staff::getId).toList());
        staff.forEach(person -> person.setLocked(locked.contains(person.getId())));
        return staff;
    }

    private void refuseForSelf(Staff staff, String messageKey) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && staff.getEmail().equals(authentication.getName())) {
            throw new RefusedException(messageKey);
        }
    }

    /** {@code messageKey} names the refused action, one key per action. */
    private void refuseForLastAdministrator(Staff staff, String messageKey) {
        List<Staff> activeAdministrators = repository.lockActiveAdministrators();
        if (activeAdministrators.size() <= 1 && activeAdministrators.contains(staff)) {
            throw new RefusedException(messageKey);
        }
    }
}
