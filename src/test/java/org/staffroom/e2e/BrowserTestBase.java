package org.staffroom.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The app on a random port, driven by Debian's Chromium through Playwright (see {@link Chromium}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestBase {

    public static final int DESKTOP_WIDTH = 1440;
    public static final int DESKTOP_HEIGHT = 900;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        Path chromium = Chromium.executableOrSkip();
        // CI machines are shared and slow at times; a view may take more than the default 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Chromium.playwright();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium).setHeadless(true).setArgs(Chromium.ARGS));
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

    /** The running app's address for {@code path}, for plain HTTP requests. */
    protected java.net.URI uri(String path) {
        return java.net.URI.create("http://localhost:" + port + path);
    }

    protected BrowserContext newContext(int width, int height) {
        return newContext(new Browser.NewContextOptions().setViewportSize(width, height));
    }

    /** A new browser on this app; British English unless the options name another language. */
    protected BrowserContext newContext(Browser.NewContextOptions options) {
        if (options.locale == null) {
            options.setLocale("en-GB");
        }
        BrowserContext newContext = browser.newContext(options.setBaseURL("http://localhost:" + port));
        newContext.setDefaultTimeout(20_000);
        return newContext;
    }

    protected static void signIn(Page target, String email, String password) {
        target.navigate("/login");
        // The form's two inputs in order, and Enter: it signs in whatever language the page speaks.
        var inputs = target.locator("vaadin-login-form input:not([type=hidden])");
        inputs.nth(0).fill(email);
        inputs.nth(1).fill(password);
        inputs.nth(1).press("Enter");
    }

    /** Opens the user menu in the header and picks {@code item} (then {@code subItem}, if given). */
    protected static void userMenu(Page target, String item, String... subItem) {
        target.locator("vaadin-menu-bar.user-menu vaadin-menu-bar-button").first().click();
        target.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(item)).click();
        for (String next : subItem) {
            target.getByRole(AriaRole.MENUITEMCHECKBOX, new Page.GetByRoleOptions().setName(next))
                    .or(target.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(next))).click();
        }
    }

    /** Whether the header shows the signed-in user's menu, which is how a signed-in page looks. */
    protected static com.microsoft.playwright.Locator userMenuButton(Page target) {
        return target.locator("vaadin-menu-bar.user-menu vaadin-menu-bar-button").first();
    }

    protected Path screenshot(Page target, String name) {
        Path file = Path.of("target", "screenshots", name + ".png");
        target.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
