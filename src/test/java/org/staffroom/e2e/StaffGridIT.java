package org.staffroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.staffroom.TestAccounts;
import org.staffroom.security.Role;
import org.staffroom.staff.Staff;
import org.staffroom.staff.TestStaffAccounts;

class StaffGridIT extends BrowserTestBase {

    /** The grid cell whose whole text is {@code text}. */
    private static Locator cell(Locator grid, String text) {
        return grid.getByRole(AriaRole.GRIDCELL, new Locator.GetByRoleOptions().setName(text).setExact(true));
    }

    @Autowired
    TestStaffAccounts accounts;

    @Test
    void adminCreatesAPersonWhoMustChangeThePasswordAtFirstSignIn() {
        String tag = "n" + System.nanoTime() % 1_000_000_000;
        signIn(page, TestAccounts.HEAD_EMAIL, TestStaffAccounts.PASSWORD);
        page.navigate("/staff");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New staff member")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("E-mail").fill("nguyen." + tag + "@school.example");
        dialog.getByLabel("First name").fill("Thi");
        dialog.getByLabel("Last name").fill("Nguyễn " + tag);
        screenshot(page, "new-staff-dialog-desktop");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create account")).click();

        Locator passwordField = page.getByLabel("Generated password");
        assertThat(passwordField).isVisible();
        String password = passwordField.inputValue();
        assertThat(password).hasSize(20);
        screenshot(page, "generated-password-desktop");

        BrowserContext newcomer = newContext(768, 1024);
        Page theirPage = newcomer.newPage();
        signIn(theirPage, "nguyen." + tag + "@school.example", password);
        assertThat(theirPage.getByText("Your password was set by someone else")).isVisible();
        screenshot(theirPage, "must-change-password-tablet-portrait");
        newcomer.close();
    }

    @Test
    void filteredListSurvivesAReloadAndExportsAsSafeCsv() throws Exception {
        String tag = "f" + System.nanoTime() % 1_000_000_000;
        Staff formula = accounts.create("csv" + tag, Role.ADMIN);
        accounts.rename(formula, "=HYPERLINK(\"http://evil\")", "Csv" + tag);
        accounts.create("csvother" + tag, Role.STAFF);
        signIn(page, TestAccounts.HEAD_EMAIL, TestStaffAccounts.PASSWORD);
        page.navigate("/staff");
        page.getByLabel("Search staff by name or e-mail").fill("csv" + tag);
        page.getByLabel("Filter by role").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Administrator")).click();
        assertThat(page).hasURL(Pattern.compile(".*/staff\\?q=csv" + tag + "&role=ADMIN$"));
        Locator grid = page.locator("vaadin-grid");
        assertThat(cell(grid, "Csv" + tag)).isVisible();
        assertThat(page.getByText("1 staff member")).isVisible();

        page.reload();
        assertThat(page.getByLabel("Search staff by name or e-mail")).hasValue("csv" + tag);
        assertThat(cell(grid, "Csv" + tag)).isVisible();
        assertThat(page.getByText("1 staff member")).isVisible();
        screenshot(page, "staff-filtered-desktop");

        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export CSV")).click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFLast name,First name,E-mail,Subject group,Role,Status");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("Csv" + tag + ",\"'=HYPERLINK(\"\"http://evil\"\")\"," + formula.getEmail());
    }

    @Test
    void adminEditsARowInlineWithTheKeyboard() {
        String tag = "k" + System.nanoTime() % 1_000_000_000;
        Staff person = accounts.create("kbd" + tag, Role.STAFF);
        signIn(page, TestAccounts.HEAD_EMAIL, TestStaffAccounts.PASSWORD);
        page.navigate("/staff?q=kbd" + tag);
        Locator grid = page.locator("vaadin-grid");
        assertThat(grid.getByText(person.getEmail())).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New staff member")).focus();
        page.keyboard().press("Tab"); // grid header
        page.keyboard().press("Tab"); // first row
        page.keyboard().press("Enter");
        Locator lastName = grid.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Last name"));
        assertThat(lastName).isFocused();
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type("Ōtsuka");
        page.keyboard().press("Tab");
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type("Hana");
        page.keyboard().press("Enter");
        assertThat(page.getByText("Hana Ōtsuka saved")).isVisible();
        assertThat(cell(grid, "Ōtsuka")).isVisible();
        assertThat(accounts.reload(person).getLastName()).isEqualTo("Ōtsuka");
        screenshot(page, "staff-after-edit-desktop");

        page.setViewportSize(1024, 768);
        screenshot(page, "staff-tablet-landscape");
        page.setViewportSize(768, 1024);
        screenshot(page, "staff-tablet-portrait");
    }

    @Test
    void aNewSearchStartsAtItsFirstMatchWhereverTheListWasScrolled() {
        String tag = "d" + System.nanoTime() % 1_000_000_000;
        List<Staff> narrower = new java.util.ArrayList<>();
        for (int i = 0; i < 80; i++) {
            accounts.createWithHash(tag + "w" + i, "{bcrypt}not-used");
            narrower.add(accounts.createWithHash(tag + "x" + i, "{bcrypt}not-used"));
        }
        signIn(page, TestAccounts.HEAD_EMAIL, TestStaffAccounts.PASSWORD);
        page.navigate("/staff?q=" + tag);
        Locator grid = page.locator("vaadin-grid");
        assertThat(page.getByText("160 staff", new Page.GetByTextOptions().setExact(true))).isVisible();
        grid.evaluate("grid => grid.scrollToIndex(150)");
        assertThat(grid.getByText(narrower.getLast().getEmail())).isInViewport();

        page.getByLabel("Search staff by name or e-mail").fill(tag + "x");
        assertThat(page.getByText("80 staff", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(grid.getByText(narrower.getFirst().getEmail())).isInViewport();
    }
}
