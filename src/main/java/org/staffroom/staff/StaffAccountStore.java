package org.staffroom.staff;

import org.staffroom.base.domain.AbstractEntity;
import org.staffroom.base.domain.PlainText;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.staffroom.security.Account;
import org.staffroom.security.AccountStore;
import org.staffroom.security.Role;

/**
 * Staff are the accounts: what signing in needs, read from and written to the staff table.
 * Called by the security feature before anyone is signed in, so it carries no method security.
 */
@Component
@Transactional(readOnly = true)
class StaffAccountStore implements AccountStore {

    private final StaffRepository repository;

    StaffAccountStore(StaffRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Account> findBySignInName(String signInName) {
        // No stored e-mail has a control character or half a surrogate pair (which the driver cannot even send).
        if (signInName == null || !PlainText.Validator.isPlain(signInName)) {
            return Optional.empty();
        }
        return repository.findByEmail(AbstractEntity.normalized(signInName).toLowerCase(Locale.ROOT))
                .map(StaffAccountStore::account);
    }

    @Override
    public Optional<Account> findById(long accountId) {
        return repository.findById(accountId).map(StaffAccountStore::account);
    }

    @Override
    @Transactional
    public int storeOwnPassword(long accountId, String passwordHash) {
        Staff staff = repository.findById(accountId).orElseThrow();
        staff.setPasswordHash(passwordHash);
        staff.setMustChangePassword(false);
        staff.endSessions();
        return repository.saveAndFlush(staff).getSessionGeneration();
    }

    @Override
    @Transactional
    public void endSessions(long accountId) {
        repository.endSessions(accountId);
    }

    @Override
    @Transactional
    public void storeUpgradedHash(long accountId, String passwordHash) {
        repository.updatePasswordHash(accountId, passwordHash);
    }

    @Override
    public boolean isSessionCurrent(long accountId, int sessionGeneration, String signInName, Role role) {
        return repository.existsByIdAndEnabledTrueAndSessionGenerationAndEmailAndRole(accountId, sessionGeneration,
                signInName, role);
    }

    @Override
    public boolean mustChangePassword(long accountId) {
        return repository.findMustChangePasswordById(accountId).orElse(false);
    }

    private static Account account(Staff staff) {
        return new Account(staff.getId(), staff.getEmail(), staff.getFirstName(), staff.getLastName(),
                staff.getPasswordHash(), staff.getRole(), staff.isEnabled(), staff.isMustChangePassword(),
                staff.getSessionGeneration());
    }
}
