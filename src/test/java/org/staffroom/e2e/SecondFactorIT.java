package org.staffroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import org.staffroom.TotpCodes;

/**
 * The shipped jar with its defaults, where administrators must have a second factor, in
 * Chromium with a virtual authenticator (the DevTools protocol's WebAuthn domain: CTAP2, an
 * internal transport, resident keys, user verification). An administrator cannot get past a
 * password alone, adds a passkey, signs in with it, sets up an authenticator app, removes the
 * passkey, and signs in with password and code.
 */
class SecondFactorIT {

    private static final Path WORK = Path.of("target", "second-factor-it", UUID.randomUUID().toString()).toAbsolutePath();
    private static RunningJar app;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Path chromium = Chromium.executableOrSkip();
        // The jar starts cold and CI machines are shared: a step may take more than 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        app = RunningJar.start(WORK);
        playwright = Chromium.playwright();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                .setHeadless(true).setArgs(Chromium.ARGS));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
            playwright.close();
        }
        if (app != null) {
            app.stop();
            FileSystemUtils.deleteRecursively(app.dataDir());
        }
    }

    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    @Test
    void anAdministratorNeedsASecondFactorAndSignsInWithAPasskeyOrAnAppCode() throws Exception {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(app.baseUrl())
                .setLocale("en-GB").setViewportSize(BrowserTestBase.DESKTOP_WIDTH, BrowserTestBase.DESKTOP_HEIGHT));
        Page page = context.newPage();
        addVirtualAuthenticator(page);

        // A password alone leads to setting up a second factor, from every address.
        BrowserTestBase.signIn(page, RunningJar.ADMIN, RunningJar.ADMIN_PASSWORD);
        assertThat(heading(page, "Set up a second factor")).isVisible();
        shot(page, "second-factor-setup");
        page.navigate("/staff");
        assertThat(heading(page, "Set up a second factor")).isVisible();
        assertThat(page.locator("vaadin-grid")).hasCount(0);

        page.getByLabel("Name of this passkey").fill("School iPad");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey")).click();
        assertThat(BrowserTestBase.userMenuButton(page)).isVisible();

        BrowserTestBase.userMenu(page, "Security", "Passkeys");
        assertThat(heading(page, "Sessions and devices")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("School iPad")).first()).isVisible();

        // Signed out, the passkey alone signs in: one step, two factors.
        BrowserTestBase.userMenu(page, "Log out");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey")).click();
        assertThat(BrowserTestBase.userMenuButton(page)).isVisible();
        page.navigate("/staff");
        assertThat(page.locator("vaadin-grid").first()).isVisible();

        // An authenticator app beside it: the key off the screen gives the codes.
        page.navigate("/security");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up an authenticator app")).click();
        String key = page.locator(".totp-key").innerText();
        TotpCodes codes = TotpCodes.forKey(key);
        shot(page, "authenticator-app-setup");
        page.getByLabel("Verification code").fill(codes.code(0));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
        assertThat(page.locator(".recovery-code-list li")).hasCount(10);
        shot(page, "recovery-codes");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have saved them")).click();
        assertThat(page.getByText("On. 10 recovery codes left.")).isVisible();

        // The passkey goes; the app stays, so the administrator still has a second factor.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove School iPad")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove").setExact(true)).click();
        assertThat(page.getByText("No passkeys yet.")).isVisible();
        assertThat(page.getByText("This session")).isVisible();
        shot(page, "sessions-and-devices");

        BrowserTestBase.userMenu(page, "Log out");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey")).click();
        assertThat(page.getByText("Signing in with a passkey did not work")).isVisible();

        BrowserTestBase.signIn(page, RunningJar.ADMIN, RunningJar.ADMIN_PASSWORD);
        assertThat(heading(page, "Verification code")).isVisible();
        shot(page, "verification-code");
        page.getByLabel("Verification code").fill(codes.code(1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify")).click();
        assertThat(BrowserTestBase.userMenuButton(page)).isVisible();
        context.close();
        assertThat(violations.values()).as("axe on every new screen").allSatisfy(found -> assertThat(found).isEmpty());
        assertThat(Files.readString(WORK.resolve("app.log"))).as("the audit log, as for passwords")
                .contains("event=second-factor-enrol outcome=success kind=passkey user=" + RunningJar.ADMIN)
                .contains("event=sign-in outcome=success method=passkey user=" + RunningJar.ADMIN)
                .contains("event=sign-in outcome=failure method=passkey reason=passkey-not-verified")
                .contains("event=second-factor-enrol outcome=success kind=authenticator-app user=" + RunningJar.ADMIN)
                .contains("event=second-factor-remove outcome=success kind=passkey user=" + RunningJar.ADMIN)
                .contains("event=second-factor outcome=success kind=authenticator-app user=" + RunningJar.ADMIN);
    }

    @Test
    void aBrowserWithoutPasskeysSaysSoAndThePasswordPathIsUnchanged() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(app.baseUrl())
                .setLocale("en-GB"));
        context.addInitScript("delete window.PublicKeyCredential");
        Page page = context.newPage();
        page.navigate("/login");
        assertThat(page.getByText("This browser cannot use passkeys.")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey")))
                .isDisabled();
        BrowserTestBase.signIn(page, RunningJar.ADMIN, RunningJar.ADMIN_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING).filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("Set up a second factor|Verification code"))).first())
                .isVisible();
        context.close();
    }

    private static void addVirtualAuthenticator(Page page) {
        CDPSession devTools = page.context().newCDPSession(page);
        devTools.send("WebAuthn.enable");
        var options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        var arguments = new JsonObject();
        arguments.add("options", options);
        devTools.send("WebAuthn.addVirtualAuthenticator", arguments);
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    // A screenshot to look at, and axe's verdict on the same screen.
    private void shot(Page page, String name) {
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
        violations.put(name, Axe.seriousViolations(page, name));
    }

}
