package org.staffroom.security;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.staffroom.base.config.StaffroomProperties;
import org.staffroom.base.db.BatchedDelete;

/**
 * Forgets security events older than {@code staffroom.security-log-retention} (a year by
 * default), once a day, on one node of several (a lock in the database), in batches.
 */
@Component
class SecurityLogRetention {

    private static final Logger log = LoggerFactory.getLogger(SecurityLogRetention.class);

    private final JdbcTemplate jdbc;
    private final Duration retention;

    SecurityLogRetention(JdbcTemplate jdbc, StaffroomProperties properties) {
        this.jdbc = jdbc;
        this.retention = properties.securityLogRetention();
    }

    @Scheduled(cron = "0 15 3 * * *")
    @SchedulerLock(name = "security-log-retention", lockAtLeastFor = "PT10M")
    void forgetOldEvents() {
        long forgotten = BatchedDelete.untilDone(jdbc, 10_000,
                "DELETE FROM security_event WHERE occurred_at < NOW(6) - INTERVAL ? SECOND LIMIT ?",
                retention.toSeconds());
        log.info("Security log: {} events older than {} days forgotten", forgotten, retention.toDays());
    }
}
