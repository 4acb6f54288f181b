package org.staffroom.staff;

import java.util.Locale;
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
