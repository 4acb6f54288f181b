package org.staffroom.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.staffroom.SignedInAs;
import org.staffroom.TestAccounts;
import org.staffroom.security.Role;

@SpringBootTest
@Tag("persistence")
class StaffServiceTest {

    @Autowired
    StaffService staffService;

    @Autowired
    StaffRepository repository;

    @Autowired
    TestStaffAccounts accounts;

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

    private void demote(Staff actor, Staff target, CyclicBarrier barrier) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                actor.getEmail(), null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"),
                        FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY))));
        SecurityContextHolder.setContext(context);
        try {
            barrier.await();
            Staff current = accounts.reload(target);
            staffService.update(current.getId(), current.getVersion(), new StaffDetails(current.getEmail(),
                    current.getFirstName(), current.getLastName(), null, Role.STAFF));
        } catch (InterruptedException | java.util.concurrent.BrokenBarrierException e) {
            throw new IllegalStateException(e);
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
