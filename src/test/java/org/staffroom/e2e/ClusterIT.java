package org.staffroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Staffroom as a district runs it: two app nodes behind HAProxy with sticky sessions, on a
 * three-node Galera cluster that the app reaches through Connector/J's sequential failover,
 * all started by {@code src/cluster/cluster.sh} on an empty database. What one node decides
 * (locks, sessions, roles) holds on the other, and a node killed with SIGKILL, of the app or
 * of the database, costs at most a new sign-in or one refused save, never a saved change.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String GENERIC_ERROR = "The e-mail or password is not right";
    private static final Pattern LOGIN_URL = Pattern.compile(".*/login.*");

    private static LocalCluster cluster;
    private static Playwright playwright;
    private static Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void startCluster() {
        Path chromium = Chromium.executableOrSkip();
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        cluster = LocalCluster.start(Path.of("target", "cluster-it"));
        // The first administrator would be sent to choose a password first.
        cluster.sql(1, "UPDATE staff SET must_change_password = 0 WHERE email = '" + LocalCluster.ADMIN + "'");
        playwright = Chromium.playwright();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                .setHeadless(true).setArgs(Chromium.ARGS));
    }

    @AfterAll
    static void stopCluster() {
        if (browser != null) {
            browser.close();
            playwright.close();
        }
        if (cluster != null) {
            cluster.destroy();
        }
    }

    @AfterEach
    void closeBrowsers(org.junit.jupiter.api.TestInfo test) {
        int page = 0;
        for (BrowserContext context : contexts) {
            for (Page open : context.pages()) {
                open.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots",
                        "cluster-" + test.getTestMethod().orElseThrow().getName() + "-" + page++ + ".png")));
            }
        }
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    @Test
    @Order(1)
    void twoNodesStartingTogetherOnAnEmptyDatabaseMakeExactlyOneAdministrator() throws Exception {
        assertThat(cluster.sql(1, "SELECT COUNT(*) FROM staff")).containsExactly("1");
        assertThat(cluster.sql(2, "SELECT email, role FROM staff")).containsExactly(LocalCluster.ADMIN + "\tADMIN");
        for (String node : List.of("a", "b")) {
            String log = Files.readString(cluster.dir().resolve("app-" + node + ".log"));
            assertThat(log).as("node " + node).contains("Started Application").doesNotContain("APPLICATION FAILED");
            Page page = pageOn(cluster.appUrl(node));
            BrowserTestBase.signIn(page, LocalCluster.ADMIN, LocalCluster.PASSWORD);
            assertThat(BrowserTestBase.userMenuButton(page)).isVisible();
        }
    }

    @Test
    @Order(2)
    void aLockEarnedOnOneNodeHoldsOnTheOther() {
        String email = account("lockout", "STAFF");
        Page onA = pageOn(cluster.appUrl("a"));
        for (int i = 0; i < 5; i++) {
            BrowserTestBase.signIn(onA, email, "wrong guess number " + i);
            assertThat(onA.getByText(GENERIC_ERROR)).isVisible();
        }
        Page onB = pageOn(cluster.appUrl("b"));
        BrowserTestBase.signIn(onB, email, LocalCluster.PASSWORD);
        assertThat(onB.getByText(GENERIC_ERROR)).isVisible();
        assertThat(onB).hasURL(LOGIN_URL);
        assertThat(cluster.sql(2, "SELECT COUNT(*) FROM account_lock l JOIN staff s ON s.id = l.account_id "
                + "WHERE s.email = '" + email + "' AND l.locked_until > NOW()")).containsExactly("1");
    }

    @Test
    @Order(3)
    void changingThePasswordOnOneNodeSignsOutTheSessionOnTheOther() {
        String email = account("twonodes", "STAFF");
        Page onB = signedInOn(cluster.appUrl("b"), email);
        Page onA = signedInOn(cluster.appUrl("a"), email);
        String newPassword = "saffron glacier pocket drum";
        BrowserTestBase.userMenu(onA, "Change password");
        onA.getByLabel("Current password").fill(LocalCluster.PASSWORD);
        onA.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(newPassword);
        onA.getByLabel("Confirm new password").fill(newPassword);
        onA.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Change password")).click();
        assertThat(onA.getByText("Your password was changed.")).isVisible();

        onB.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff directory")).click();
        assertThat(onB).hasURL(LOGIN_URL);
        BrowserTestBase.signIn(onB, email, newPassword);
        assertThat(BrowserTestBase.userMenuButton(onB)).isVisible();
    }

    @Test
    @Order(4)
    void aRoleChangedOnOneNodeEndsTheAdministratorsSessionOnTheOther() {
        String demoted = account("demoted", "ADMIN");
        Page onB = signedInOn(cluster.appUrl("b"), demoted);
        onB.navigate("/staff");
        Locator newStaff = onB.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New staff member"));
        assertThat(newStaff).isVisible();

        Page onA = signedInOn(cluster.appUrl("a"), LocalCluster.ADMIN);
        // The open row's one select is its role.
        openRow(onA, demoted).locator("vaadin-select").click();
        onA.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Staff member")).click();
        save(onA);
        assertThat(onA.getByText("Demoted Person saved")).isVisible();

        newStaff.click();
        assertThat(onB).hasURL(LOGIN_URL);
        assertThat(onB.getByText("You were signed out because your account was changed")).isVisible();
    }

    @Test
    @Order(5)
    void whenTheirAppNodeIsKilledPeopleSignInAgainOnTheOtherAndSeeWhatTheySaved() {
        String person = account("appnode", "STAFF");
        Page page = signedInOn(cluster.proxyUrl(), LocalCluster.ADMIN);
        String node = LocalCluster.nodeOf(page.context().cookies());
        assertThat(node).as("the proxy's sticky cookie").isIn("a", "b");
        lastName(openRow(page, person)).fill("Saved before the crash");
        save(page);
        assertThat(page.getByText("Appnode Saved before the crash saved")).isVisible();

        cluster.killApp(node);
        try {
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff directory")).click();
            assertThat(page).hasURL(LOGIN_URL, new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions()
                    .setTimeout(60_000));
            BrowserTestBase.signIn(page, LocalCluster.ADMIN, LocalCluster.PASSWORD);
            assertThat(BrowserTestBase.userMenuButton(page)).isVisible();
            assertThat(LocalCluster.nodeOf(page.context().cookies())).as("now served by the other node").isNotEqualTo(node);
            assertThat(staffGridOf(page, person).getByText("Saved before the crash")).isVisible();
        } finally {
            cluster.startApp(node);
        }
    }

    @Test
    @Order(6)
    void whenTheDatabaseNodeTakingTheWritesIsKilledSavesGoOnWithAtMostOneRefusal() {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(account("failover" + i, "STAFF"));
        }
        Page page = signedInOn(cluster.proxyUrl(), LocalCluster.ADMIN);
        int refusals = 0;
        for (int i = 0; i < people.size(); i++) {
            if (i == 2) {
                cluster.killDatabase(1);
            }
            lastName(openRow(page, people.get(i))).fill("Saved " + i);
            save(page);
            Locator saved = page.getByText("Failover" + i + " Saved " + i + " saved");
            Locator refused = page.getByText("The database is not reachable; your change was not saved. Try again in a moment.");
            assertThat(saved.or(refused).first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            if (refused.isVisible()) {
                refusals++;
                // What was typed is still there: the same save again, now on the next database node.
                save(page);
                assertThat(saved).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            }
        }
        System.out.printf("cluster: %d refused save(s) while the writes moved to the next database node%n", refusals);
        assertThat(refusals).as("refused saves while the connections moved to the next node").isLessThanOrEqualTo(1);
        try {
            for (int i = 0; i < people.size(); i++) {
                assertThat(cluster.sql(2, "SELECT last_name FROM staff WHERE email = '" + people.get(i) + "'"))
                        .as("saved change " + i).containsExactly("Saved " + i);
            }
        } finally {
            cluster.startDatabase(1);
        }
        assertThat(cluster.sql(1, "SELECT COUNT(*) FROM staff WHERE last_name LIKE 'Saved _'")).containsExactly("4");
    }

    /** An account whose password is the administrator's, made in the database: its e-mail. */
    private static String account(String name, String role) {
        String email = name + "@school.example";
        String firstName = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        cluster.sql(1, "INSERT INTO staff (email, first_name, last_name, password_hash, role, enabled, must_change_password) "
                + "SELECT '" + email + "', '" + firstName + "', 'Person', password_hash, '" + role + "', 1, 0 FROM staff "
                + "WHERE email = '" + LocalCluster.ADMIN + "'");
        return email;
    }

    private Page pageOn(String baseUrl) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)
                .setLocale("en-GB").setViewportSize(BrowserTestBase.DESKTOP_WIDTH, BrowserTestBase.DESKTOP_HEIGHT));
        context.setDefaultTimeout(30_000);
        contexts.add(context);
        return context.newPage();
    }

    private Page signedInOn(String baseUrl, String email) {
        Page page = pageOn(baseUrl);
        BrowserTestBase.signIn(page, email, LocalCluster.PASSWORD);
        assertThat(BrowserTestBase.userMenuButton(page)).isVisible();
        return page;
    }

    /** The staff grid filtered to {@code email}, by its address as a bookmark would open it. */
    private static Locator staffGridOf(Page page, String email) {
        page.navigate("/staff?q=" + email);
        Locator grid = page.locator("vaadin-grid");
        assertThat(grid.getByText(email)).isVisible();
        return grid;
    }

    /** Opens the staff grid's row of {@code email} for editing; returns the grid, where its fields are. */
    private static Locator openRow(Page page, String email) {
        Locator grid = staffGridOf(page, email);
        grid.getByText(email).dblclick();
        assertThat(lastName(grid)).isVisible();
        return grid;
    }

    private static Locator lastName(Locator grid) {
        return grid.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Last name"));
    }

    /** Saves the open row, confirming who one is with the password if the app asks. */
    private static void save(Page page) {
        lastName(page.locator("vaadin-grid")).press("Enter");
        Locator confirm = page.getByRole(AriaRole.DIALOG).getByLabel("Password");
        try {
            confirm.waitFor(new Locator.WaitForOptions().setTimeout(2_000));
            confirm.fill(LocalCluster.PASSWORD);
            page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm"))
                    .click();
        } catch (com.microsoft.playwright.TimeoutError notAsked) {
            // A recent sign-in is proof enough.
        }
    }
}
