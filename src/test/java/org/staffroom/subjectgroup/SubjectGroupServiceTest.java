package org.staffroom.subjectgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.staffroom.SignedInAs;
import org.staffroom.TestAccounts;
import org.staffroom.base.domain.DuplicateValueException;
import org.staffroom.security.SystemAccount;

@SpringBootTest
@Tag("persistence")
class SubjectGroupServiceTest {

    @Autowired
    SubjectGroupService service;

    @Test
    void twoAdminsCreatingTheSameNameAtOnceGiveOneSuccessAndOneDuplicate() throws Exception {
        String name = "Physics " + System.nanoTime();
        var barrier = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<SubjectGroup>> results = new ArrayList<>();
            for (String variant : List.of(name, name.toUpperCase())) {
                Callable<SubjectGroup> create = () -> {
                    SubjectGroup[] created = new SubjectGroup[1];
                    SystemAccount.runAsAdministrator(() -> {
                        await(barrier);
                        created[0] = service.create(variant);
                    });
                    return created[0];
                };
                results.add(pool.submit(create));
            }
            int successes = 0;
            int duplicates = 0;
            for (Future<SubjectGroup> result : results) {
                try {
                    result.get();
                    successes++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfSatisfying(DuplicateValueException.class,
                            duplicate -> assertThat(duplicate.messageKey())
                                    .isEqualTo("subjectgroup.conflict.duplicate-name"));
                    duplicates++;
                }
            }
            assertThat(successes).isEqualTo(1);
            assertThat(duplicates).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @SignedInAs(TestAccounts.TEACHER_EMAIL)
    void staffCannotChangeGroupsEvenByCallingTheServiceDirectly() {
        assertThatThrownBy(() -> service.create("Forged " + System.nanoTime()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
