package org.staffroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.staffroom.TestAccounts;
import org.staffroom.security.Role;
import org.staffroom.staff.Staff;
import org.staffroom.staff.TestStaffAccounts;

/** An administrator ticks two people in the grid and disables both at once; the bar fits a tablet. */
class BulkActionsIT extends BrowserTestBase {

    @Autowired
    TestStaffAccounts accounts;

    @Test
    void twoTickedPeopleAreDisabledAtOnce() {
        String tag = "bulk" + System.nanoTime() % 1_000_000_000;
        Staff first = accounts.create(tag + "a", Role.STAFF);
        Staff second = accounts.create(tag + "b", Role.STAFF);
        signIn(page, TestAccounts.HEAD_EMAIL, TestStaffAccounts.PASSWORD);
        assertThat(userMenuButton(page)).isVisible();
        page.navigate("/staff?q=" + tag);
        Locator grid = page.locator("vaadin-grid");
        assertThat(grid.getByText(first.getEmail())).isVisible();
        Locator boxes = grid.locator("vaadin-checkbox:visible");
        boxes.nth(boxes.count() - 2).click();
        boxes.nth(boxes.count() - 1).click();
        assertThat(page.getByText("2 selected")).isVisible();
        screenshot(page, "bulk-bar-desktop");
        assertThat(Axe.seriousViolations(page, "staff with a selection")).isEmpty();
        page.setViewportSize(768, 1024);
        screenshot(page, "bulk-bar-tablet-portrait");

        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Actions").setExact(true)).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Disable…")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();

        assertThat(page.getByText("2 people disabled.")).isVisible();
        assertThat(accounts.reload(first).isEnabled()).isFalse();
        assertThat(accounts.reload(second).isEnabled()).isFalse();
    }

    @Test
    void onATabletATapTicksAPerson() {
        String tag = "tap" + System.nanoTime() % 1_000_000_000;
        Staff person = accounts.create(tag, Role.STAFF);
        var tablet = newContext(new Browser.NewContextOptions().setViewportSize(768, 1024).setHasTouch(true)
                .setIsMobile(true));
        Page touch = tablet.newPage();
        signIn(touch, TestAccounts.HEAD_EMAIL, TestStaffAccounts.PASSWORD);
        assertThat(userMenuButton(touch)).isVisible();
        touch.navigate("/staff?q=" + tag);
        Locator grid = touch.locator("vaadin-grid");
        assertThat(grid.getByText(person.getEmail())).isVisible();
        Locator boxes = grid.locator("vaadin-checkbox:visible");
        boxes.nth(boxes.count() - 1).tap();
        assertThat(touch.getByText("1 selected")).isVisible();
        tablet.close();
    }
}
