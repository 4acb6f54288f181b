package org.staffroom.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.staffroom.base.config.StaffroomProperties;

class NightlyBackupTest {

    private final long run = System.nanoTime();
    // Beside the other tests' data directories, so the unpacked server is shared.
    private final Path dataDir = Path.of("target", "test-mariadb", "nightly-" + run).toAbsolutePath();

    @AfterEach
    void removeTheDataDirectory() throws java.io.IOException {
        FileSystemUtils.deleteRecursively(dataDir);
    }

    @Test
    void writesACompressedDumpKeepsTheNewestAndLeavesOtherFilesAlone() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "nightly-backups", String.valueOf(run)));
        for (String old : new String[] {"staffroom-2026-01-01-0230.sql.gz", "staffroom-2026-01-02-0230.sql.gz",
                "staffroom-2026-01-03-0230.sql.gz", "notes.txt"}) {
            Files.writeString(dir.resolve(old), "older");
        }
        try (var db = EmbeddedMariaDb.start(dataDir, 0, "staffroom");
                var pool = new HikariDataSource()) {
            try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
                connection.createStatement().execute("CREATE TABLE staff (email VARCHAR(80))");
                connection.createStatement().execute("INSERT INTO staff VALUES ('ms.patel@school.example')");
                connection.createStatement().execute("CREATE TRIGGER tr_staff_lower BEFORE INSERT ON staff "
                        + "FOR EACH ROW SET NEW.email = LOWER(NEW.email)");
            }
            pool.setJdbcUrl(db.jdbcUrl());
            pool.setUsername(db.username());
            pool.setPassword(db.password());
            new NightlyBackup(properties(dir, 2), pool).run();
        }

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                    .hasSize(3).contains("staffroom-2026-01-03-0230.sql.gz", "notes.txt")
                    .doesNotContain("staffroom-2026-01-01-0230.sql.gz", "staffroom-2026-01-02-0230.sql.gz");
        }
        Path newest;
        try (Stream<Path> files = Files.list(dir)) {
            newest = files.filter(file -> file.toString().endsWith(".sql.gz"))
                    .filter(file -> !file.getFileName().toString().equals("staffroom-2026-01-03-0230.sql.gz"))
                    .findFirst().orElseThrow();
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(newest))) {
            String dump = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(dump).contains("CREATE TABLE `staff`", "ms.patel@school.example");
            // Triggers come without their owner, so that whoever restores them owns them.
            assertThat(dump).contains("/*!50003 CREATE*/ /*!50003 TRIGGER", "tr_staff_lower").doesNotContain("DEFINER=");
        }
    }

    private StaffroomProperties properties(Path dir, int keep) {
        return new Binder(new MapConfigurationPropertySource(Map.of(
                "staffroom.backup.dir", dir.toString(), "staffroom.backup.keep", String.valueOf(keep),
                "staffroom.embedded-db.data-dir", dataDir.toString())))
                .bindOrCreate("staffroom", StaffroomProperties.class);
    }
}
