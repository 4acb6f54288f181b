package org.staffroom.history;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.staffroom.base.config.StaffroomProperties;
import org.staffroom.base.db.BatchedDelete;

/**
 * Forgets changes older than {@code staffroom.history-retention} (two years by default), once
 * a day, on one node of several (a lock in the database), in batches. A revision takes its
 * audit rows with it (the foreign keys cascade); a record's oldest remaining change then shows
 * only its new values.
 */
@Component
class HistoryRetention {

    private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

    private final JdbcTemplate jdbc;
    private final Duration retention;

    HistoryRetention(JdbcTemplate jdbc, StaffroomProperties properties) {
        this.jdbc = jdbc;
        this.retention = properties.historyRetention();
    }

    @Scheduled(cron = "0 45 3 * * *")
    @SchedulerLock(name = "history-retention", lockAtLeastFor = "PT10M")
    void forgetOldChanges() {
        // Small batches: a revision takes its audit rows along, and one group deletion may have thousands.
        long forgotten = BatchedDelete.untilDone(jdbc, 500, "DELETE FROM revinfo WHERE revtstmp < ? LIMIT ?",
                Instant.now().minus(retention).toEpochMilli());
        log.info("History: {} changes older than {} days forgotten", forgotten, retention.toDays());
    }
}
