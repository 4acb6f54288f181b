package org.staffroom.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The app on a random port, driven by Debian's Chromium through Playwright. Without a
 * Chromium a local run skips these tests; under {@code CI=true} that is a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestBase {

    public static final int DESKTOP_WIDTH = 1440;
    public static final int DESKTOP_HEIGHT = 900;

    private static final List<Path> CHROMIUM_CANDIDATES = List.of(
            Path.of("/usr/lib/chromium/chromium-headless-shell"), Path.of("/usr/bin/chromium"));

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        Path chromium = System.getenv("CHROMIUM_PATH") != null
                ? Path.of(System.getenv("CHROMIUM_PATH"))
                : CHROMIUM_CANDIDATES.stream().filter(Files::isExecutable).findFirst().orElse(null);
        if (chromium == null || !Files.isExecutable(chromium)) {
            String message = "No Chromium found (looked for " + CHROMIUM_CANDIDATES
                    + "); install it with: apt-get install -y chromium chromium-headless-shell";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort("Browser tests skipped. " + message);
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        browser = null;
        playwright = null;
    }

    @BeforeEach
    void openPage() {
        context = newContext(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    protected BrowserContext newContext(int width, int height) {
        BrowserContext newContext = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setBaseURL("http://localhost:" + port));
        newContext.setDefaultTimeout(20_000);
        return newContext;
    }

    protected void signIn(Page target, String email, String password) {
        target.navigate("/login");
        target.getByLabel("E-mail").fill(email);
        target.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        target.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Log in")).click();
    }

    protected Path screenshot(Page target, String name) {
        Path file = Path.of("target", "screenshots", name + ".png");
        target.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
