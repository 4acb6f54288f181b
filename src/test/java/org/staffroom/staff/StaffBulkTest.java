package org.staffroom.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.staffroom.SignedInAs;
import org.staffroom.TestAccounts;
import org.staffroom.base.domain.StaleEditException;
import org.staffroom.history.HistoryEntry;
import org.staffroom.history.HistoryEntry.FieldChange;
import org.staffroom.history.Occasion;
import org.staffroom.security.Role;
import org.staffroom.security.SystemAccount;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;

/** Bulk actions change exactly the chosen people in one go, keep the guard rails, and leave a history. */
@SpringBootTest
@Tag("persistence")
@SignedInAs(TestAccounts.HEAD_EMAIL)
class StaffBulkTest {

    @Autowired
    StaffBulkService bulk;

    @Autowired
    StaffService staffService;

    @Autowired
    StaffHistoryService history;

    @Autowired
    SubjectGroupService subjectGroups;

    @Autowired
    TestStaffAccounts accounts;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

    private final String tag = "b" + System.nanoTime() % 1_000_000_000;

    @Test
    void tickedPeopleMoveToAGroupAndEachHistorySaysWhoMovedThem() {
        SubjectGroup science = subjectGroups.create("Science " + tag);
        Staff first = accounts.create("first" + tag, Role.STAFF);
        Staff second = accounts.create("second" + tag, Role.STAFF);
        Staff untouched = accounts.create("untouched" + tag, Role.STAFF);

        var outcome = bulk.assignSubjectGroup(StaffBulkService.Selection.of(Set.of(first.getId(), second.getId())),
                science.getId());

        assertThat(outcome.changed()).isEqualTo(2);
        assertThat(staffService.get(first.getId()).getSubjectGroup()).isEqualTo(science);
        assertThat(staffService.get(untouched.getId()).getSubjectGroup()).isNull();
        HistoryEntry moved = history.of(second.getId(), 0, 10).getFirst();
        assertThat(moved.stamp().occasion()).isEqualTo(Occasion.BULK);
        assertThat(moved.stamp().actorName()).isEqualTo("Hana Head");
        assertThat(moved.changes()).containsExactly(new FieldChange("subjectGroup", null, science.getName()));
        // Someone editing one of them meanwhile is told so, as after a single edit.
        assertThatThrownBy(() -> staffService.update(first.getId(), first.getVersion(),
                new StaffDetails(first.getEmail(), "Test", "Late", null, Role.STAFF)))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void allMatchingAFilterActsOnTheServerOnOnlyThoseAndLeavesTheActingAdministratorOut() {
        Staff a = accounts.create("match" + tag, Role.ADMIN);
        Staff b = accounts.create("match" + tag + "x", Role.ADMIN);
        Staff other = accounts.create("other" + tag, Role.ADMIN);
        var filter = new StaffFilter("match" + tag, null, false, Role.ADMIN, null);

        var outcome = bulk.changeRole(StaffBulkService.Selection.allMatching(filter), Role.STAFF);

        assertThat(outcome.changed()).isEqualTo(2);
        assertThat(List.of(accounts.reload(a).getRole(), accounts.reload(b).getRole())).containsOnly(Role.STAFF);
        assertThat(accounts.reload(other).getRole()).isEqualTo(Role.ADMIN);

        Staff head = accounts.findByEmail(TestAccounts.HEAD_EMAIL);
        var withMe = bulk.setEnabled(StaffBulkService.Selection.of(Set.of(head.getId(), other.getId())), false);
        assertThat(withMe.leftYouOut()).isTrue();
        assertThat(withMe.changed()).isEqualTo(1);
        assertThat(accounts.reload(head).isEnabled()).isTrue();
        assertThat(accounts.reload(other).isEnabled()).isFalse();
        assertThat(accounts.reload(other).getSessionGeneration()).as("signed out")
                .isGreaterThan(other.getSessionGeneration());
    }

    @Test
    void deletingLeavesOneselfOutAndTheDeletedKeepTheirHistory() {
        Staff leaver = accounts.create("leaver" + tag, Role.ADMIN);
        Staff head = accounts.findByEmail(TestAccounts.HEAD_EMAIL);

        var deletion = bulk.delete(StaffBulkService.Selection.of(Set.of(leaver.getId(), head.getId())));

        assertThat(deletion.changed()).isEqualTo(1);
        assertThat(deletion.leftYouOut()).isTrue();
        assertThat(accounts.findOptionalByEmail(leaver.getEmail())).isEmpty();
        assertThat(accounts.findOptionalByEmail(head.getEmail())).isPresent();
        assertThat(history.deleted(0, 20)).anySatisfy(person -> {
            assertThat(person.email()).isEqualTo(leaver.getEmail());
            assertThat(person.deletion().occasion()).isEqualTo(Occasion.BULK);
        });
    }

    @Test
    void nothingLeavesTheSchoolWithoutAnActiveAdministratorAndThenNothingChanges() {
        Staff admin = accounts.create("lastadmin" + tag, Role.ADMIN);
        var everyAdministrator = StaffBulkService.Selection.allMatching(
                new StaffFilter("", null, false, Role.ADMIN, null));
        // The system account is nobody's account, so nobody is left out of "every administrator".
        SystemAccount.runAsAdministrator(() -> assertThatThrownBy(() -> bulk.changeRole(everyAdministrator, Role.STAFF))
                .isInstanceOf(StaffService.RefusedException.class).hasMessage("staff.bulk.error.last-admin"));
        assertThat(accounts.reload(admin).getRole()).isEqualTo(Role.ADMIN);
        assertThat(history.of(admin.getId(), 0, 10)).singleElement()
                .satisfies(entry -> assertThat(entry.kind()).isEqualTo(HistoryEntry.Kind.CREATED));
    }

    @Test
    void resetPasswordsGivesEachANewOneToChangeSignsThemOutAndRecordsItWithoutTheHash() {
        Staff first = accounts.create("reset" + tag + "a", Role.STAFF);
        Staff second = accounts.create("reset" + tag + "b", Role.STAFF);
        Staff head = accounts.findByEmail(TestAccounts.HEAD_EMAIL);

        var resets = bulk.resetPasswords(StaffBulkService.Selection.of(Set.of(first.getId(), second.getId(),
                head.getId())));

        assertThat(resets.leftYouOut()).isTrue();
        assertThat(resets.passwords()).extracting(StaffImporter.InitialPassword::email)
                .containsExactly(first.getEmail(), second.getEmail());
        Staff reset = accounts.reload(first);
        assertThat(passwordEncoder.matches(resets.passwords().getFirst().password(), reset.getPasswordHash())).isTrue();
        assertThat(reset.isMustChangePassword()).isTrue();
        assertThat(reset.getSessionGeneration()).isGreaterThan(first.getSessionGeneration());
        assertThat(accounts.reload(head).getPasswordHash()).isEqualTo(head.getPasswordHash());
        assertThat(history.of(first.getId(), 0, 10).getFirst().changes())
                .containsExactly(new FieldChange(StaffHistoryService.PASSWORD, null, null));
    }
}
