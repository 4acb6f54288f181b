package org.staffroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The database killed with SIGKILL while someone edits, through the whole stack: the
 * browser, the security filters (which read the database on every request) and the view.
 */
@Tag("fault")
class DatabaseOutageIT {

    private final Path work = Path.of("target", "outage-it", UUID.randomUUID().toString()).toAbsolutePath();
    private RunningJar app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
            FileSystemUtils.deleteRecursively(app.dataDir());
        }
    }

    @Test
    void theSaveSaysTheDatabaseIsNotReachableAndTheTypedValueStays() throws Exception {
        // The administrator drives the grid with a password alone; SecondFactorIT is about the second factor.
        app = RunningJar.start(work, "--staffroom.mfa-required-for=NONE");
        try (Playwright playwright = Chromium.playwright();
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Chromium.executableOrSkip()).setHeadless(true).setArgs(Chromium.ARGS))) {
            Page page = browser.newContext(new Browser.NewContextOptions().setBaseURL(app.baseUrl()).setLocale("en-GB")
                    .setViewportSize(1440, 900)).newPage();
            Locator firstName = app.openStaffEditor(page);
            firstName.fill("Typed while the database is down");

            app.killDatabase();
            firstName.press("Enter");

            long savedAt = System.nanoTime();
            // The session checks and then the save each wait up to 3 s for a connection.
            assertThat(page.getByText("The database is not reachable; your change was not saved. Try again in a moment."))
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
            System.out.printf("database-outage: the message appeared %d ms after the save%n",
                    (System.nanoTime() - savedAt) / 1_000_000);
            assertThat(firstName).hasValue("Typed while the database is down");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "database-down.png")));
            HttpResponse<Void> readiness = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(app.baseUrl() + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(readiness.statusCode()).as("the proxy takes this node out").isEqualTo(503);
        }
    }
}
