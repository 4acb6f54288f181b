package org.staffroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/** Back up while the app runs, lose the data directory, restore, and sign in to the same data. */
class BackupRestoreIT {

    private static final String FIRST_PASSWORD = "Backup-first-passphrase-2026";

    private final Path work = Path.of("target", "backup-it", UUID.randomUUID().toString()).toAbsolutePath();
    // Beside the other tests' data directories, so the unpacked server is shared.
    private final Path dataDir = Path.of("target", "test-mariadb", "backup-" + UUID.randomUUID()).toAbsolutePath();
    private final int databasePort = PackagedJar.freePort();
    private Process app;

    @AfterEach
    void stop() throws Exception {
        stopApp();
        // Only the data directory: the unpacked server next to it is shared by the tests.
        FileSystemUtils.deleteRecursively(dataDir);
    }

    @Test
    void aBackupRestoredIntoAnEmptyDataDirectoryBringsBackEveryAccount() throws Exception {
        startApp(FIRST_PASSWORD, "first-start.log");
        List<String> before = accounts();
        assertThat(before).as("the first administrator and the sample staff").hasSizeGreaterThan(10);

        Path backup = work.resolve("staffroom.sql.gz");
        assertThat(command("backup-while-running.log", "--backup=" + backup)).as("backup while the app runs").isZero();
        assertThat(backup).isNotEmptyFile();
        stopApp();

        FileSystemUtils.deleteRecursively(dataDir);
        assertThat(command("restore.log", "--restore=" + backup)).isZero();
        assertThat(command("restore-again.log", "--restore=" + backup)).as("refused over data").isEqualTo(2);
        assertThat(Files.readString(work.resolve("restore-again.log"))).contains("Add --force");

        // A fresh database would get a new first administrator with this password; a restored one keeps the old.
        startApp("Backup-second-passphrase-2026", "second-start.log");
        assertThat(accounts()).isEqualTo(before);
        assertThat(Files.readString(work.resolve("second-start.log"))).doesNotContain("bootstrap-admin");
        assertThat(signsIn("admin@school.example", FIRST_PASSWORD)).as("the restored administrator signs in").isTrue();
    }

    private void startApp(String adminPassword, String logName) throws Exception {
        int httpPort = PackagedJar.freePort();
        Files.createDirectories(work);
        app = PackagedJar.startReady(work.resolve(logName), httpPort, databaseArguments(
                "--staffroom.sample-data.enabled=true", "--staffroom.admin.password=" + adminPassword));
        baseUrl = "http://localhost:" + httpPort;
    }

    private String baseUrl;

    private void stopApp() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private int command(String logName, String... arguments) throws Exception {
        Process command = PackagedJar.command(databaseArguments(arguments))
                .redirectOutput(work.resolve(logName).toFile()).start();
        assertThat(command.waitFor(180, TimeUnit.SECONDS)).as(logName).isTrue();
        return command.exitValue();
    }

    private String[] databaseArguments(String... more) {
        List<String> arguments = new ArrayList<>(List.of("--staffroom.embedded-db.data-dir=" + dataDir,
                "--staffroom.embedded-db.port=" + databasePort));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    // E-mail, names, role and password hash of every account, straight from the running app's database.
    private List<String> accounts() throws Exception {
        String password = Files.readString(dataDir.resolve("staffroom-app.password")).strip();
        List<String> accounts = new ArrayList<>();
        try (var connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + databasePort + "/staffroom",
                        "staffroom", password);
                var rows = connection.createStatement().executeQuery(
                        "SELECT email, first_name, last_name, role, password_hash FROM staff ORDER BY email")) {
            while (rows.next()) {
                accounts.add(String.join("|", rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5)));
            }
        }
        return accounts;
    }

    private boolean signsIn(String email, String password) {
        try (Playwright playwright = Chromium.playwright();
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Chromium.executableOrSkip()).setHeadless(true).setArgs(Chromium.ARGS))) {
            Page page = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)).newPage();
            BrowserTestBase.signIn(page, email, password);
            page.waitForURL(url -> !url.contains("/login"), new Page.WaitForURLOptions().setTimeout(30_000));
            // Signed in: the administrator set by someone else must choose a password first.
            page.getByLabel("New password").first().waitFor();
            return true;
        }
    }
}
