package org.staffroom.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.staffroom.SignedInAs;
import org.staffroom.TestAccounts;
import org.staffroom.base.domain.SimultaneousWriteException;
import org.staffroom.security.Role;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;

@SpringBootTest
@Tag("persistence")
class StaffServiceTest {

    @Autowired
    StaffService staffService;

    @Autowired
    StaffRepository repository;

    @Autowired
    TestStaffAccounts accounts;

    @Autowired
    SubjectGroupService subjectGroups;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoAdministratorsDemotingEachOtherAtOnceLeaveOneAdministrator() throws Exception {
        // Only these two are active administrators for the duration of the test.
        List<Staff> others = repository.findAll().stream()
                .filter(s -> s.getRole() == Role.ADMIN && s.isEnabled()).toList();
        others.forEach(s -> setEnabled(s, false));
        try {
            Staff a = accounts.create("race-a", Role.ADMIN);
            Staff b = accounts.create("race-b", Role.ADMIN);
            var barrier = new CyclicBarrier(2);
            var pool = Executors.newFixedThreadPool(2);
            Future<?> aDemotesB = pool.submit(() -> demote(a, b, barrier));
            Future<?> bDemotesA = pool.submit(() -> demote(b, a, barrier));
            int refused = 0;
            for (Future<?> result : List.of(aDemotesB, bDemotesA)) {
                try {
                    result.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfAny(StaffService.RefusedException.class,
                            org.staffroom.base.domain.StaleEditException.class);
                    // The service carries translation keys; the views translate them.
                    assertThat(e.getCause().getMessage()).isIn("staff.error.last-admin.remove-admin-role",
                            "staff.error.changed-elsewhere");
                    refused++;
                }
            }
            pool.shutdown();
            assertThat(refused).isEqualTo(1);
            assertThat(List.of(accounts.reload(a), accounts.reload(b)))
                    .filteredOn(s -> s.getRole() == Role.ADMIN).hasSize(1);
        } finally {
            others.forEach(s -> setEnabled(s, true));
        }
    }

    @Test
    @SignedInAs(TestAccounts.TEACHER_EMAIL)
    void staffCannotChangeAccountsEvenByCallingTheServiceDirectly() {
        Staff someone = accounts.create("victim", Role.STAFF);
        assertThatThrownBy(() -> staffService.setEnabled(someone.getId(), someone.getVersion(), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staffService.find(StaffFilter.NONE, StaffSort.LAST_NAME, true, 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSaveThatLosesADeadlockIsRefusedWithTryAgainAndLeavesNothingHalfWritten() throws Exception {
        Staff admin = accounts.create("deadlock-admin", Role.ADMIN);
        Staff joining = accounts.create("deadlock-joiner", Role.STAFF);
        SubjectGroup group = asAdministrator(admin, () -> subjectGroups.create("Deadlock " + System.nanoTime()));
        var pool = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                // The other transaction is the heavier one (undo records count), so InnoDB picks the
                // save as the victim. Then it holds the group's row shared, as a foreign-key check does.
                for (int i = 0; i < 20; i++) {
                    statement.executeUpdate("INSERT INTO subject_group (name, version) VALUES ('Deadlock filler "
                            + i + " " + System.nanoTime() + "', 0)");
                }
                statement.executeQuery("SELECT id FROM subject_group WHERE id = " + group.getId() + " LOCK IN SHARE MODE");
                Future<Staff> join = pool.submit(() -> asAdministrator(admin, () -> staffService.update(joining.getId(),
                        joining.getVersion(), new StaffDetails(joining.getEmail(), joining.getFirstName(),
                                joining.getLastName(), group, Role.STAFF))));
                // The save's trigger now waits to raise the group's member count...
                awaitLockWait();
                // ...and this waits for the save's own shared lock: a deadlock, detected at once.
                statement.executeUpdate("UPDATE subject_group SET member_count = member_count WHERE id = " + group.getId());
                assertThatThrownBy(join::get).cause().isInstanceOf(SimultaneousWriteException.class)
                        .hasMessage("base.database.simultaneous-write");
            } finally {
                other.rollback();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(accounts.reload(joining).getSubjectGroup()).isNull();
        assertThat(jdbc.queryForObject("SELECT member_count FROM subject_group WHERE id = ?", Long.class, group.getId()))
                .isZero();
        // Tried again, the same save goes through.
        Staff current = accounts.reload(joining);
        asAdministrator(admin, () -> staffService.update(current.getId(), current.getVersion(), new StaffDetails(
                current.getEmail(), current.getFirstName(), current.getLastName(), group, Role.STAFF)));
        assertThat(jdbc.queryForObject("SELECT member_count FROM subject_group WHERE id = ?", Long.class, group.getId()))
                .isEqualTo(1L);
    }

    private void awaitLockWait() throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            // The trigger's statement shows while it waits; the account may see only its own threads.
            Integer waiting = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                    + "WHERE LOWER(INFO) LIKE 'update subject_group%'", Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The save never came to wait for the group's row");
    }

    private void demote(Staff actor, Staff target, CyclicBarrier barrier) {
        asAdministrator(actor, () -> {
            try {
                barrier.await();
            } catch (InterruptedException | java.util.concurrent.BrokenBarrierException e) {
                throw new IllegalStateException(e);
            }
            Staff current = accounts.reload(target);
            return staffService.update(current.getId(), current.getVersion(), new StaffDetails(current.getEmail(),
                    current.getFirstName(), current.getLastName(), null, Role.STAFF));
        });
    }

    private static <T> T asAdministrator(Staff actor, Supplier<T> action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                actor.getEmail(), null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"),
                        FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void setEnabled(Staff staff, boolean enabled) {
        Staff current = repository.findById(staff.getId()).orElseThrow();
        current.setEnabled(enabled);
        repository.saveAndFlush(current);
    }
}
