package org.staffroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.staffroom.TestAccounts;
import org.staffroom.security.Role;
import org.staffroom.staff.Staff;
import org.staffroom.staff.TestStaffAccounts;

/** An administrator edits a person in the grid, then reads who changed what in the person's history. */
class HistoryIT extends BrowserTestBase {

    @Autowired
    TestStaffAccounts accounts;

    @Test
    void anAdministratorEditsAPersonAndReadsTheChangeInTheirHistory() {
        String tag = "hist" + System.nanoTime() % 1_000_000_000;
        Staff person = accounts.create(tag, Role.STAFF);
        signIn(page, TestAccounts.HEAD_EMAIL, TestStaffAccounts.PASSWORD);
        page.navigate("/staff?q=" + tag);
        Locator grid = page.locator("vaadin-grid");
        grid.getByRole(AriaRole.GRIDCELL, new Locator.GetByRoleOptions().setName("Person").setExact(true)).dblclick();
        Locator lastName = grid.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Last name"));
        lastName.fill("Patel");
        lastName.press("Enter");
        assertThat(page.getByText("Test Patel saved")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Actions for Test Patel")).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("History")).click();

        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("History of Test Patel"));
        assertThat(dialog.getByText("Last name: Person → Patel")).isVisible();
        assertThat(dialog.getByText("Hana Head").first()).isVisible();
        assertThat(dialog.getByText("Created")).isVisible();
        // A British browser reads British dates ("1 Dec 2026, 18:35:07"), not American ones.
        assertThat(dialog.getByText(Pattern.compile("^\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d\\d:\\d\\d:\\d\\d$")).first())
                .isVisible();
        assertThat(dialog.getByText("E-mail: " + person.getEmail())).isVisible();
        screenshot(page, "history-desktop");
        page.setViewportSize(1024, 768);
        screenshot(page, "history-tablet-landscape");
        page.setViewportSize(768, 1024);
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        screenshot(page, "history-tablet-portrait-dark");
    }
}
