package org.staffroom.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The daily job forgets changes older than the retention (two years), with their rows, and keeps the rest. */
@SpringBootTest
@Tag("persistence")
class HistoryRetentionTest {

    @Autowired
    HistoryRetention retention;

    @Autowired
    JdbcTemplate jdbc;

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

    private long revision(Instant at) {
        jdbc.update("INSERT INTO revinfo (revtstmp, actor_name, occasion) VALUES (?, 'system', 'EDIT')",
                at.toEpochMilli());
        return jdbc.queryForObject("SELECT MAX(rev) FROM revinfo", Long.class);
    }
}
