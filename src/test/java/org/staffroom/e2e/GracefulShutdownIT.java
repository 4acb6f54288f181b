package org.staffroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import org.staffroom.base.db.EmbeddedMariaDb;

/** SIGTERM while a save waits for the database: the save is committed before the app stops. */
class GracefulShutdownIT {

    private final Path work = Path.of("target", "shutdown-it", UUID.randomUUID().toString()).toAbsolutePath();
    private RunningJar app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.process().destroyForcibly();
            FileSystemUtils.deleteRecursively(app.dataDir());
        }
    }

    @Test
    void aSaveInProgressCompletesWhenTheAppIsStopped() throws Exception {
        // The administrator drives the grid with a password alone; SecondFactorIT is about the second factor.
        app = RunningJar.start(work, "--staffroom.mfa-required-for=NONE");
        try (Playwright playwright = Chromium.playwright();
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Chromium.executableOrSkip()).setHeadless(true).setArgs(Chromium.ARGS))) {
            Page page = browser.newContext(new Browser.NewContextOptions().setBaseURL(app.baseUrl()).setLocale("en-GB"))
                    .newPage();
            Locator firstName = app.openStaffEditor(page);
            firstName.fill("Saved during shutdown");

            try (var other = app.connect()) {
                other.setAutoCommit(false);
                // Someone else's transaction holds every staff row, so the save waits in the database.
                other.createStatement().execute("SELECT id FROM staff FOR UPDATE");
                firstName.press("Enter");
                Thread.sleep(1_000);
                app.process().destroy();
                Thread.sleep(2_000);
                assertThat(app.process().isAlive()).as("the app waits for the save").isTrue();
                other.rollback();
            }
            assertThat(app.process().waitFor(60, TimeUnit.SECONDS)).as("then it stops").isTrue();
        }

        try (var db = EmbeddedMariaDb.start(app.dataDir(), 0, "staffroom");
                var connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                var rows = connection.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM staff WHERE first_name = 'Saved during shutdown'")) {
            rows.next();
            assertThat(rows.getInt(1)).as("the save was committed").isEqualTo(1);
        }
    }
}
