package org.staffroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.staffroom.TestAccounts;
import org.staffroom.security.SystemAccount;
import org.staffroom.staff.TestStaffAccounts;
import org.staffroom.subjectgroup.SubjectGroupService;

/** The whole journey of an administrator without a mouse: Tab, type, Enter and Escape only. */
class KeyboardJourneyIT extends BrowserTestBase {

    // The name of what has the keyboard focus: an aria-label, or the text of the focused host element.
    private static final String FOCUSED_NAME = "() => { const a = document.activeElement;"
            + " return a ? (a.getAttribute('aria-label') || a.textContent || '').trim() : ''; }";

    // The menu bar's button, named by its text; screen readers hear "User menu of Hana Head".
    private static final String USER_MENU = "Hana Head";

    @Autowired
    SubjectGroupService subjectGroupService;

    @Test
    void signInEditASubjectGroupVisitChangePasswordAndLogOut() {
        String tag = "J" + System.nanoTime() % 1_000_000_000;
        SystemAccount.runAsAdministrator(() -> subjectGroupService.create("Chemistry " + tag));

        page.navigate("/login");
        assertThat(page.getByLabel("E-mail")).isFocused();
        page.keyboard().type(TestAccounts.HEAD_EMAIL);
        page.keyboard().press("Tab");
        page.keyboard().type(TestStaffAccounts.PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Hana Head")))
                .isVisible();

        tabTo("Subject groups");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Subject groups")))
                .isVisible();

        tabTo("Search subject groups by name");
        page.keyboard().type(tag);
        assertThat(page.locator("vaadin-grid").getByText("Chemistry " + tag)).isVisible();
        // The search is debounced: wait until the grid holds only the match, not the unfiltered list.
        page.waitForFunction("() => document.querySelector('vaadin-grid').size === 1");
        page.keyboard().press("Tab"); // New subject group
        page.keyboard().press("Tab"); // the grid's header row
        page.keyboard().press("Tab"); // the first row
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Subject group name")))
                .isFocused();
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type("Organic Chemistry " + tag);
        page.keyboard().press("Enter");
        assertThat(page.getByText("Subject group \"Organic Chemistry " + tag + "\" saved")).isVisible();

        tabTo(USER_MENU);
        page.keyboard().press("ArrowDown");
        assertThat(menuItem("Change password")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.getByLabel("Current password")).isVisible();
        tabTo("Cancel");
        page.keyboard().press("Enter");
        assertThat(page.getByLabel("Current password")).hasCount(0);

        tabTo(USER_MENU);
        page.keyboard().press("ArrowDown");
        assertThat(menuItem("Change password")).isFocused(); // the menu is open
        for (int item = 0; item < 4; item++) {
            page.keyboard().press("ArrowDown"); // past "Security", "Colour scheme" and "Language"
        }
        assertThat(menuItem("Log out")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.getByLabel("E-mail")).isVisible();
    }

    private com.microsoft.playwright.Locator menuItem(String name) {
        return page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void tabTo(String name) {
        for (int presses = 0; presses < 60; presses++) {
            page.keyboard().press("Tab");
            if (name.equals(page.evaluate(FOCUSED_NAME))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached \"" + name + "\"");
    }
}
