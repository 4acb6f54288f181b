package org.staffroom.base.db;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Lets one node migrate the schema while the others wait, then find it done. Flyway's own lock
 * does not hold here: on Galera (wsrep on) it drops MariaDB's named lock for a row lock on its
 * history table, which each DDL statement's implicit commit releases, so two nodes starting
 * together on an empty database would both run V9 and one would leave a failed migration behind
 * that stops every later start. A named lock taken around the whole migration, on the database
 * node both reach first (Connector/J's sequential order), keeps them in turn.
 */
@Component
class OneMigrationAtATime implements FlywayMigrationStrategy {

    static final String LOCK = "staffroom.schema-migration";
    private static final Duration WAIT = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(OneMigrationAtATime.class);

    @Override
    public void migrate(Flyway flyway) {
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            long waitingSince = System.nanoTime();
            try (ResultSet locked = statement.executeQuery(StreamedReads.withoutTimeLimit(
                    "SELECT GET_LOCK('" + LOCK + "', " + WAIT.toSeconds() + ")"))) {
                if (!locked.next() || locked.getInt(1) != 1) {
                    throw new IllegalStateException("another node has been migrating the schema for " + WAIT.toMinutes()
                            + " minutes; look at its log");
                }
            }
            long waitedMillis = (System.nanoTime() - waitingSince) / 1_000_000;
            if (waitedMillis > 1_000) {
                log.info("Waited {} ms for another node's schema migration", waitedMillis);
            }
            try {
                flyway.migrate();
            } finally {
                statement.execute("DO RELEASE_LOCK('" + LOCK + "')");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the schema migration lock could not be taken: " + e.getMessage(), e);
        }
        restoreStatementTimeLimit(dataSource);
    }

    // Flyway's init SQL lifts the per-statement time limit on the pooled connections it used, for
    // good; closed and opened again, they get the pool's init SQL and with it the limit back.
    private static void restoreStatementTimeLimit(DataSource dataSource) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the connection pool could not be renewed after the migration", e);
        }
    }
}
