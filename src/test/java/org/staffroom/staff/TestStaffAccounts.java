package org.staffroom.staff;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.staffroom.TestAccounts;
import org.staffroom.security.Role;
import org.staffroom.subjectgroup.SubjectGroup;

/**
 * Accounts with known passwords for tests, straight through the repository: two fixed
 * ones for read-only tests (a teacher and a head of department who is an ADMIN), and
 * fresh ones for tests that change an account.
 */
@Component
@Order(2)
public class TestStaffAccounts implements ApplicationRunner {

    public static final String PASSWORD = "plum orbit cactus lantern 42";

    private final StaffRepository repository;
    private final PasswordEncoder passwordEncoder;

    TestStaffAccounts(StaffRepository repository, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        createIfMissing(TestAccounts.TEACHER_EMAIL, "Tess", "Teacher", Role.STAFF);
        createIfMissing(TestAccounts.HEAD_EMAIL, "Hana", "Head", Role.ADMIN);
    }

    private void createIfMissing(String email, String firstName, String lastName, Role role) {
        if (repository.findByEmail(email).isEmpty()) {
            Staff staff = new Staff(email, firstName, lastName, role);
            staff.setPasswordHash(passwordEncoder.encode(PASSWORD));
            staff.setMustChangePassword(false);
            repository.saveAndFlush(staff);
        }
    }

    /** A signed-up person who chose {@link #PASSWORD} themselves, with a unique e-mail. */
    public Staff create(String emailPrefix, Role role) {
        Staff staff = new Staff(emailPrefix + "." + System.nanoTime() + "@school.example", "Test", "Person", role);
        staff.setPasswordHash(passwordEncoder.encode(PASSWORD));
        staff.setMustChangePassword(false);
        return repository.saveAndFlush(staff);
    }

    /** As {@link #create}, with a hash made elsewhere (an older algorithm, say). */
    public Staff createWithHash(String emailPrefix, String passwordHash) {
        Staff staff = new Staff(emailPrefix + "." + System.nanoTime() + "@school.example", "Test", "Person", Role.STAFF);
        staff.setPasswordHash(passwordHash);
        staff.setMustChangePassword(false);
        return repository.saveAndFlush(staff);
    }

    public Staff reload(Staff staff) {
        return repository.findById(staff.getId()).orElseThrow();
    }

    public Staff findByEmail(String email) {
        return repository.findByEmail(email).orElseThrow();
    }

    public java.util.Optional<Staff> findOptionalByEmail(String email) {
        return repository.findByEmail(email);
    }

    public boolean exists(Staff staff) {
        return repository.existsById(staff.getId());
    }

    public Staff assignTo(Staff staff, SubjectGroup group) {
        Staff current = reload(staff);
        current.setSubjectGroup(group);
        return repository.saveAndFlush(current);
    }

    /** Someone else's change, straight to the database (bumps the version). */
    public void rename(Staff staff, String firstName, String lastName) {
        Staff current = reload(staff);
        current.setFirstName(firstName);
        current.setLastName(lastName);
        repository.saveAndFlush(current);
    }

    public void delete(Staff staff) {
        repository.deleteById(staff.getId());
    }

    public void setEnabled(Staff staff, boolean enabled) {
        Staff current = reload(staff);
        current.setEnabled(enabled);
        repository.saveAndFlush(current);
    }
}
