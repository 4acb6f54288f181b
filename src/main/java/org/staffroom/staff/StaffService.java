package org.staffroom.staff;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.staffroom.base.domain.ConflictMessages;
import org.staffroom.base.domain.DuplicateValueException;
import org.staffroom.base.domain.StaleEditException;
import org.staffroom.base.domain.UserFacingException;

@Service
@Transactional(readOnly = true)
public class StaffService {

    private static final ConflictMessages CONFLICTS = new ConflictMessages("uk_staff_email",
            "staff.error.email-taken", "staff.error.changed-elsewhere");

    private final StaffRepository repository;
    private final StaffQueries queries;

    StaffService(StaffRepository repository, StaffQueries queries) {
        this.repository = repository;
        this.queries = queries;
    }

    /** One page of the staff grid, in two queries whatever the size of the table. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Staff> find(StaffFilter filter, StaffSort sort, boolean ascending, int offset, int limit) {
        return find(filter, sort, ascending, offset, limit, new StaffPageBookmarks());
    }

    /** As above, continuing from where the grid's earlier pages ended when it can. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Staff> find(StaffFilter filter, StaffSort sort, boolean ascending, int offset, int limit,
            StaffPageBookmarks bookmarks) {
        List<Long> ids = queries.pageIds(filter, sort, ascending, offset, limit, bookmarks);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Staff> byId = repository.findWithSubjectGroupByIdIn(ids).stream()
                .collect(Collectors.toMap(Staff::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long countUpTo(StaffFilter filter, int bound) {
        return queries.boundedCount(filter, bound);
    }

    /** Looks a person up by sign-in name; e-mail addresses are stored in lower case. */
    public Optional<Staff> findByEmail(String email) {
        return email == null ? Optional.empty() : repository.findByEmail(email.strip().toLowerCase(Locale.ROOT));
    }

    public long count() {
        return repository.count();
    }

    /** True while the person's account is enabled and nothing has ended their sessions. */
    public boolean isSessionCurrent(long staffId, int sessionGeneration) {
        return repository.existsByIdAndEnabledTrueAndSessionGeneration(staffId, sessionGeneration);
    }

    public boolean mustChangePassword(String email) {
        return repository.findMustChangePasswordByEmail(email).orElse(false);
    }

    /** The staff directory everyone may read: names, e-mail, subject group; nothing else. */
    @PreAuthorize("isAuthenticated()")
    public List<DirectoryEntry> directory(Pageable pageable) {
        return repository.findDirectory(pageable);
    }

    /**
     * Stores a password the person chose themselves and ends their other sessions.
     *
     * @return the new session generation, which the current session adopts to stay signed in
     */
    @Transactional
    @PreAuthorize("isAuthenticated() and #staffId == principal.staffId")
    public int changeOwnPassword(long staffId, String passwordHash) {
        Staff staff = repository.findById(staffId).orElseThrow();
        staff.setPasswordHash(passwordHash);
        staff.setMustChangePassword(false);
        staff.endSessions();
        return repository.saveAndFlush(staff).getSessionGeneration();
    }

    /**
     * Creates the first administrator, but only while there are no accounts at all: it
     * needs no signed-in user because an empty table is its only precondition.
     *
     * @return the new account, or empty when accounts already exist
     */
    @Transactional
    public Optional<Staff> createFirstAdministrator(String email, String passwordHash) {
        if (repository.count() > 0) {
            return Optional.empty();
        }
        Staff admin = new Staff(email, "Staffroom", "Administrator", Role.ADMIN);
        admin.setPasswordHash(passwordHash);
        admin.setMustChangePassword(true);
        return Optional.of(repository.saveAndFlush(admin));
    }

    /**
     * Creates an account whose password was chosen by someone else, so the person must
     * change it at the first sign-in. {@code passwordHash} is already encoded.
     *
     * @throws DuplicateValueException when the e-mail is already used, in any casing
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
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
    @PreAuthorize("hasRole('ADMIN')")
    public Staff update(long id, long version, StaffDetails details) {
        Staff staff = CONFLICTS.current(repository.findById(id), version);
        if (staff.getRole() == Role.ADMIN && details.role() != Role.ADMIN) {
            refuseForSelf(staff, "staff.error.self.remove-admin-role");
            refuseForLastAdministrator(staff, "staff.error.last-admin.remove-admin-role");
        }
        staff.setEmail(details.email());
        staff.setFirstName(details.firstName());
        staff.setLastName(details.lastName());
        staff.setSubjectGroup(details.subjectGroup());
        staff.setRole(details.role());
        return CONFLICTS.saveAndFlush(repository, staff);
    }

    /** Stores a password an administrator set; the person must change it and is signed out. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Staff resetPassword(long id, String passwordHash) {
        Staff staff = repository.findById(id).orElseThrow(CONFLICTS::staleEdit);
        staff.setPasswordHash(passwordHash);
        staff.setMustChangePassword(true);
        staff.endSessions();
        return repository.saveAndFlush(staff);
    }

    /** Disabling signs the person out everywhere at their next request. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Staff setEnabled(long id, long version, boolean enabled) {
        Staff staff = CONFLICTS.current(repository.findById(id), version);
        if (!enabled) {
            refuseForSelf(staff, "staff.error.self.disable");
            if (staff.getRole() == Role.ADMIN) {
                refuseForLastAdministrator(staff, "staff.error.last-admin.disable");
            }
            staff.endSessions();
        }
        staff.setEnabled(enabled);
        return repository.saveAndFlush(staff);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id, long version) {
        Staff staff = CONFLICTS.current(repository.findById(id), version);
        refuseForSelf(staff, "staff.error.self.delete");
        if (staff.getRole() == Role.ADMIN && staff.isEnabled()) {
            refuseForLastAdministrator(staff, "staff.error.last-admin.delete");
        }
        repository.delete(staff);
        repository.flush();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Staff get(long id) {
        return repository.findWithSubjectGroupByIdIn(List.of(id)).stream().findFirst()
                .orElseThrow(CONFLICTS::staleEdit);
    }

    /** Every person matching the filter, streamed to {@code row} in grid order. */
    @PreAuthorize("hasRole('ADMIN')")
    public void export(StaffFilter filter, java.util.function.Consumer<ExportRow> row) {
        queries.export(filter, row);
    }

    /**
     * An action an administrator may not take (on themselves, or on the last admin). It
     * carries the translation key of what the administrator is told; views translate it.
     */
    public static class RefusedException extends UserFacingException {
        RefusedException(String messageKey) {
            super(messageKey, null);
        }
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
