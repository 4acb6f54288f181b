package org.staffroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.staffroom.TestAccounts;
import org.staffroom.staff.TestStaffAccounts;

/** axe-core's WCAG 2.1 A/AA rules on every view, in light and dark: no serious or critical violations. */
class AccessibilityIT extends BrowserTestBase {

    @Test
    void everyViewIsFreeOfSeriousViolationsInLightAndDark() {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
            String suffix = " (" + scheme.name().toLowerCase() + ")";
            scan(violations, "offline page" + suffix, p -> p.navigate("/offline.html"));
            scan(violations, "login" + suffix, p -> p.navigate("/login"));
            signIn(page, TestAccounts.HEAD_EMAIL, TestStaffAccounts.PASSWORD);
            assertThat(userMenuButton(page)).isVisible();
            scan(violations, "home" + suffix, p -> { });
            scan(violations, "staff directory" + suffix, p -> p.navigate("/directory"));
            scan(violations, "staff" + suffix, p -> p.navigate("/staff"));
            scan(violations, "subject groups" + suffix, p -> p.navigate("/subject-groups"));
            scan(violations, "sessions and devices" + suffix, p -> p.navigate("/security"));
            scan(violations, "security log" + suffix, p -> p.navigate("/security-log"));
            scan(violations, "history dialog" + suffix, p -> {
                p.navigate("/staff");
                p.locator("vaadin-button.row-actions").first().click();
                p.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("History")).click();
                assertThat(p.getByText("What changed")).isVisible();
            });
            closeDialog();
            scan(violations, "deleted staff dialog" + suffix, p -> {
                p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deleted staff")).click();
                assertThat(p.locator("vaadin-dialog.deleted-staff-dialog vaadin-grid")).isVisible();
            });
            closeDialog();
            scan(violations, "change password dialog" + suffix, p -> {
                p.navigate("/security");
                userMenu(p, "Change password");
                assertThat(p.getByLabel("Current password")).isVisible();
            });
            page.keyboard().press("Escape");
            userMenu(page, "Log out");
            assertThat(page.getByLabel("E-mail")).isVisible();
        }
        assertThat(violations.values()).allSatisfy(found -> assertThat(found).isEmpty());
    }

    private void closeDialog() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();
    }

    private void scan(Map<String, List<String>> violations, String view, Consumer<Page> open) {
        open.accept(page);
        violations.put(view, Axe.seriousViolations(page, view));
    }
}
