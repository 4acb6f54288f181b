package org.staffroom.staff;

import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class StaffService {

    private final StaffRepository repository;

    StaffService(StaffRepository repository) {
        this.repository = repository;
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
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Staff createAccount(Staff staff, String passwordHash) {
        staff.setPasswordHash(passwordHash);
        staff.setMustChangePassword(true);
        return repository.saveAndFlush(staff);
    }
}
