package org.staffroom.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/** Rows stored before names were normalised are brought into NFC, and the schema then refuses control characters. */
class TextMigrationTest {

    private static final String COMBINING_MUELLER = "Mu\u0308ller";

    @Test
    void oldRowsBecomeComposedAndControlCharactersAreGone() throws Exception {
        Path dataDir = Path.of("target", "test-mariadb", "text-migration-" + System.nanoTime());
        try {
            migrateAndCheck(dataDir);
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    private static void migrateAndCheck(Path dataDir) throws SQLException {
        try (var db = EmbeddedMariaDb.start(dataDir, 0, "staffroom")) {
            Flyway flyway = Flyway.configure()
                    .dataSource(db.jdbcUrl(), db.username(), db.password())
                    .locations("classpath:db/migration", "classpath:org/staffroom/base/db/migration")
                    .target("6").load();
            flyway.migrate();
            try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                    var statement = connection.createStatement()) {
                statement.execute("INSERT INTO subject_group (name) VALUES ('Ku\u0308nste')");
                statement.execute("INSERT INTO staff (email, first_name, last_name, password_hash, role, enabled, "
                        + "must_change_password, session_generation, version) VALUES ('jo\u0308rg@school.example', "
                        + "'J\u00f6rg\tKarl', '" + COMBINING_MUELLER + "', 'x', 'STAFF', 1, 0, 0, 0)");
            }

            Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password())
                    .locations("classpath:db/migration", "classpath:org/staffroom/base/db/migration").load().migrate();

            try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                    var statement = connection.createStatement()) {
                try (var rows = statement.executeQuery("SELECT email, first_name, last_name FROM staff")) {
                    rows.next();
                    assertThat(rows.getString(1)).isEqualTo("j\u00f6rg@school.example");
                    assertThat(rows.getString(2)).isEqualTo("J\u00f6rg Karl");
                    assertThat(rows.getString(3)).isEqualTo("M\u00fcller").hasSize(6);
                }
                try (var rows = statement.executeQuery("SELECT name FROM subject_group")) {
                    rows.next();
                    assertThat(rows.getString(1)).isEqualTo("K\u00fcnste");
                }
                assertThatThrownBy(() -> statement.execute("INSERT INTO subject_group (name) VALUES ('Art\nHistory')"))
                        .hasMessageContaining("ck_subject_group_name_plain");
            }
        }
    }
}
