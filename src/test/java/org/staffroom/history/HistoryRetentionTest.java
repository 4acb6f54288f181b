package org.staffroom.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.staffroom.security.Role;
import org.staffroom.security.SystemAccount;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffDetails;
import org.staffroom.staff.StaffHistoryService;
import org.staffroom.staff.StaffService;
import org.staffroom.staff.TestStaffAccounts;

/** The daily job forgets changes older than the retention (two years), with their rows, and keeps the rest. */
@SpringBootTest
@Tag("persistence")
class HistoryRetentionTest {

    @Autowired
    HistoryRetention retention;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestStaffAccounts accounts;

    @Autowired
    StaffService staffService;

    @Autowired
    StaffHistoryService history;

    @BeforeEach
    void releaseTheNightlyLock() {
        // The job holds its lock for ten minutes at least, so that two nodes never both run it.
        jdbc.update("UPDATE shedlock SET lock_until = TIMESTAMP'2000-01-01 00:00:00' WHERE name = 'history-retention'");
    }

    @Test
    void changesOlderThanTwoYearsAreForgottenWithTheirRowsAndNewerOnesStay() {
        long old = revision(Instant.now().minus(Duration.ofDays(731)));
        long recent = revision(Instant.now().minus(Duration.ofDays(729)));
        for (long revision : new long[] {old, recent}) {
            jdbc.update("INSERT INTO subject_group_aud (id, rev, revtype, name, name_mod) VALUES (?, ?, 0, 'Old', TRUE)",
                    -revision, revision);
        }

        retention.forgetOldChanges();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM revinfo WHERE rev = ?", Long.class, old)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM subject_group_aud WHERE rev = ?", Long.class, old))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM subject_group_aud WHERE rev = ?", Long.class, recent))
                .isOne();
    }

    @Test
    void aChangeWhoseEarlierStateWasForgottenShowsItsNewValuesWithNoneClaimedBefore() {
        Staff person = accounts.create("retained", Role.STAFF);
        SystemAccount.runAsAdministrator(() -> staffService.update(person.getId(), person.getVersion(),
                new StaffDetails(person.getEmail(), "Test", "Renamed", null, Role.STAFF)));
        jdbc.update("UPDATE revinfo SET revtstmp = ? WHERE rev = (SELECT MIN(rev) FROM staff_aud WHERE id = ?)",
                Instant.now().minus(Duration.ofDays(800)).toEpochMilli(), person.getId());

        retention.forgetOldChanges();

        List<HistoryEntry> entries = new ArrayList<>();
        SystemAccount.runAsAdministrator(() -> entries.addAll(history.of(person.getId(), 0, 10)));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(HistoryEntry.Kind.CHANGED);
            assertThat(entry.beforeKnown()).isFalse();
            assertThat(entry.changes()).containsExactly(new HistoryEntry.FieldChange("lastName", null, "Renamed"));
        });
    }

    private long revision(Instant at) {
        jdbc.update("INSERT INTO revinfo (revtstmp, actor_name, occasion) VALUES (?, 'system', 'EDIT')",
                at.toEpochMilli());
        return jdbc.queryForObject("SELECT MAX(rev) FROM revinfo", Long.class);
    }
}
