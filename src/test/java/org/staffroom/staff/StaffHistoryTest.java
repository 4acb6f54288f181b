package org.staffroom.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.staffroom.SignedInAs;
import org.staffroom.TestAccounts;
import org.staffroom.history.HistoryEntry;
import org.staffroom.history.HistoryEntry.FieldChange;
import org.staffroom.history.HistoryEntry.Kind;
import org.staffroom.history.Occasion;
import org.staffroom.security.Role;
import org.staffroom.security.SystemAccount;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;

/** Every change to a person or a subject group is in the history: who, when, from where, old and new values. */
@SpringBootTest
@Tag("persistence")
@SignedInAs(TestAccounts.HEAD_EMAIL)
class StaffHistoryTest {

    private static final String ADDRESS = "198.51.100.23";

    @Autowired
    AccountService accountService;

    @Autowired
    StaffService staffService;

    @Autowired
    StaffHistoryService history;

    @Autowired
    SubjectGroupService subjectGroups;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void fromTheSchoolNetwork() {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(ADDRESS);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void leave() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aNewPersonIsRecordedWithWhoCreatedThemFromWhereAndTheirValues() {
        SubjectGroup maths = group("Mathematics");
        Staff patel = create("Priya", "Patel", maths);

        List<HistoryEntry> entries = history.of(patel.getId(), 0, 50);

        assertThat(entries).hasSize(1);
        HistoryEntry created = entries.getFirst();
        assertThat(created.kind()).isEqualTo(Kind.CREATED);
        assertThat(created.stamp().actorName()).isEqualTo("Hana Head");
        assertThat(created.stamp().address()).isEqualTo(ADDRESS);
        assertThat(created.stamp().occasion()).isEqualTo(Occasion.EDIT);
        assertThat(created.stamp().at()).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(created.changes()).containsExactly(
                new FieldChange("email", null, patel.getEmail()),
                new FieldChange("firstName", null, "Priya"),
                new FieldChange("lastName", null, "Patel"),
                new FieldChange("role", null, Role.STAFF),
                new FieldChange("subjectGroup", null, maths.getName()),
                new FieldChange("enabled", null, true));
    }

    @Test
    void anEditShowsOnlyTheFieldsThatChangedWithOldAndNewValuesNewestFirst() {
        SubjectGroup maths = group("Mathematics");
        SubjectGroup science = group("Science");
        Staff patel = create("Priya", "Patel", maths);
        Staff moved = staffService.update(patel.getId(), patel.getVersion(),
                new StaffDetails(patel.getEmail(), "Priya", "Patel-Shah", science, Role.ADMIN));
        staffService.setEnabled(moved.getId(), moved.getVersion(), false);

        List<HistoryEntry> entries = history.of(patel.getId(), 0, 50);

        assertThat(entries).extracting(HistoryEntry::kind).containsExactly(Kind.CHANGED, Kind.CHANGED, Kind.CREATED);
        assertThat(entries.get(0).changes()).containsExactly(new FieldChange("enabled", true, false));
        assertThat(entries.get(1).changes()).containsExactly(
                new FieldChange("lastName", "Patel", "Patel-Shah"),
                new FieldChange("role", Role.STAFF, Role.ADMIN),
                new FieldChange("subjectGroup", maths.getName(), science.getName()));
        assertThat(entries.get(1).stamp().revision()).isLessThan(entries.get(0).stamp().revision());
    }

    @Test
    void aPasswordResetIsAnEntryWithoutValuesAndNoHashIsEverStored() {
        Staff patel = create("Priya", "Patel", null);
        accountService.resetPassword(patel.getId(), AccountService.InitialPassword.generated());

        HistoryEntry reset = history.of(patel.getId(), 0, 50).getFirst();

        assertThat(reset.kind()).isEqualTo(Kind.CHANGED);
        assertThat(reset.changes()).containsExactly(new FieldChange(StaffHistoryService.PASSWORD, null, null));
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                + "DATABASE() AND table_name IN ('staff_aud', 'revinfo')", String.class))
                .noneMatch(column -> column.contains("hash") || column.contains("secret"));
    }

    @Test
    void aDeletedPersonKeepsTheirHistoryAndIsListedWithWhoDeletedThemAndTheirLastValues() {
        Staff patel = create("Priya", "Deleted", group("Humanities"));
        staffService.delete(patel.getId(), patel.getVersion());

        StaffHistoryService.DeletedStaff deleted = history.deleted(0, 10).stream()
                .filter(person -> person.id() == patel.getId()).findFirst().orElseThrow();
        assertThat(deleted.email()).isEqualTo(patel.getEmail());
        assertThat(deleted.fullName()).isEqualTo("Priya Deleted");
        assertThat(deleted.deletion().actorName()).isEqualTo("Hana Head");

        List<HistoryEntry> entries = history.of(patel.getId(), 0, 50);
        assertThat(entries).extracting(HistoryEntry::kind).containsExactly(Kind.DELETED, Kind.CREATED);
        assertThat(entries.getFirst().changes()).contains(new FieldChange("lastName", "Deleted", null),
                new FieldChange("subjectGroup", patel.getSubjectGroup().getName(), null));
    }

    @Test
    void deletingAGroupRecordsEachMemberLeftWithoutOneAndTheGroupKeepsItsNameInTheirHistory() {
        SubjectGroup arts = group("Arts");
        Staff first = create("Ann", "Artist", arts);
        Staff second = create("Bob", "Painter", arts);
        SubjectGroup renamed = subjectGroups.rename(arts.getId(), subjectGroups.get(arts.getId()).getVersion(),
                arts.getName() + " and Design");
        subjectGroups.delete(renamed.getId(), renamed.getVersion(), true);

        for (Staff member : List.of(first, second)) {
            HistoryEntry unassigned = history.of(member.getId(), 0, 50).getFirst();
            assertThat(unassigned.stamp().occasion()).isEqualTo(Occasion.GROUP_DELETE);
            assertThat(unassigned.stamp().actorName()).isEqualTo("Hana Head");
            assertThat(unassigned.changes())
                    .containsExactly(new FieldChange("subjectGroup", renamed.getName(), null));
        }
        List<HistoryEntry> groupHistory = subjectGroups.history(arts.getId(), 0, 50);
        assertThat(groupHistory).extracting(HistoryEntry::kind).containsExactly(Kind.DELETED, Kind.CHANGED,
                Kind.CREATED);
        assertThat(groupHistory.get(1).changes())
                .containsExactly(new FieldChange("name", arts.getName(), renamed.getName()));
    }

    @Test
    void pagesFollowEachOtherAndTheOldValueOfAPagesLastEntryComesFromTheNextPage() {
        Staff patel = create("Priya", "Patel", null);
        Staff current = patel;
        for (int i = 1; i <= 12; i++) {
            current = staffService.update(current.getId(), current.getVersion(),
                    new StaffDetails(current.getEmail(), "Priya", "Patel " + i, null, Role.STAFF));
        }

        List<HistoryEntry> first = history.of(patel.getId(), 0, 5);
        List<HistoryEntry> second = history.of(patel.getId(), 5, 5);
        List<HistoryEntry> last = history.of(patel.getId(), 10, 5);

        assertThat(first).hasSize(5);
        assertThat(first.getLast().changes()).containsExactly(new FieldChange("lastName", "Patel 7", "Patel 8"));
        assertThat(second.getFirst().changes()).containsExactly(new FieldChange("lastName", "Patel 6", "Patel 7"));
        assertThat(last).extracting(HistoryEntry::kind).containsExactly(Kind.CHANGED, Kind.CHANGED, Kind.CREATED);
        assertThat(last.get(1).changes()).containsExactly(new FieldChange("lastName", "Patel", "Patel 1"));
    }

    @Test
    void workWithoutAPersonSuchAsStartUpIsSignedSystem() {
        SubjectGroup[] created = new SubjectGroup[1];
        RequestContextHolder.resetRequestAttributes();
        SystemAccount.runAsAdministrator(() -> created[0] = subjectGroups.create("System " + System.nanoTime()));

        HistoryEntry entry = subjectGroups.history(created[0].getId(), 0, 10).getFirst();
        assertThat(entry.stamp().actorName()).isEqualTo("system");
        assertThat(entry.stamp().actorId()).isNull();
        assertThat(entry.stamp().address()).isNull();
    }

    private SubjectGroup group(String name) {
        return subjectGroups.create(name + " " + System.nanoTime());
    }

    private Staff create(String firstName, String lastName, SubjectGroup group) {
        Staff draft = new Staff(firstName.toLowerCase() + "." + System.nanoTime() + "@school.example", firstName,
                lastName, Role.STAFF);
        draft.setSubjectGroup(group);
        return accountService.createAccount(draft, AccountService.InitialPassword.generated()).staff();
    }
}
