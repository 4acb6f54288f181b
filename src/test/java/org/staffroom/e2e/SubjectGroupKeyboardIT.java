package org.staffroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.staffroom.TestAccounts;
import org.staffroom.security.SystemAccount;
import org.staffroom.staff.TestStaffAccounts;
import org.staffroom.subjectgroup.SubjectGroupService;

class SubjectGroupKeyboardIT extends BrowserTestBase {

    @Autowired
    SubjectGroupService service;

    @Test
    void administratorRenamesARowInlineWithTheKeyboardOnly() {
        String tag = "K" + System.nanoTime() % 1_000_000_000;
        SystemAccount.runAsAdministrator(() -> service.create("Physics " + tag));
        signIn(page, TestAccounts.HEAD_EMAIL, TestStaffAccounts.PASSWORD);
        page.navigate("/subject-groups");

        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search subject groups by name")).focus();
        page.keyboard().type(tag);
        Locator grid = page.locator("vaadin-grid");
        assertThat(grid.getByText("Physics " + tag)).isVisible();
        // The search is debounced: wait until the grid holds only the match, not the unfiltered list.
        page.waitForFunction("() => document.querySelector('vaadin-grid').size === 1");
        screenshot(page, "subject-groups-desktop");

        page.keyboard().press("Tab"); // the "New subject group" button
        page.keyboard().press("Tab"); // the grid's header row
        page.keyboard().press("Tab"); // the grid's body: the first row
        page.keyboard().press("Enter"); // opens the editor, focus in the name field
        screenshot(page, "subject-groups-editing-desktop");
        Locator editor = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Subject group name"));
        assertThat(editor).isFocused();
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type("Astrophysics " + tag);
        page.keyboard().press("Enter");

        assertThat(page.getByText("Subject group \"Astrophysics " + tag + "\" saved")).isVisible();
        assertThat(grid.getByText("Astrophysics " + tag)).isVisible();
        assertThat(grid.getByText("Physics " + tag, new Locator.GetByTextOptions().setExact(true))).hasCount(0);
        assertThat(editor).hasCount(0);
        screenshot(page, "subject-groups-after-edit-desktop");

        // Focus stayed on the grid: Enter opens the row again, Escape leaves it unchanged.
        page.keyboard().press("Enter");
        assertThat(editor).isFocused();
        page.keyboard().type(" changed my mind");
        page.keyboard().press("Escape");
        assertThat(editor).hasCount(0);
        assertThat(grid.getByText("Astrophysics " + tag, new Locator.GetByTextOptions().setExact(true))).isVisible();

        page.setViewportSize(1024, 768);
        screenshot(page, "subject-groups-tablet-landscape");
        page.setViewportSize(768, 1024);
        screenshot(page, "subject-groups-tablet-portrait");
    }

    @Test
    void staffTypingTheAdminUrlGetsAnAccessDeniedPageWithAWayHome() {
        signIn(page, TestAccounts.TEACHER_EMAIL, TestStaffAccounts.PASSWORD);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Subject groups"))).hasCount(0);
        page.navigate("/subject-groups");
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("You don’t have access to this page"))).isVisible();
        assertThat(page.locator("vaadin-grid")).hasCount(0);
        screenshot(page, "access-denied-desktop");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the home page")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Tess Teacher")))
                .isVisible();
    }
}
