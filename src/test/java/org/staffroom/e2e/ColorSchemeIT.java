package org.staffroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.staffroom.TestAccounts;
import org.staffroom.staff.TestStaffAccounts;

class ColorSchemeIT extends BrowserTestBase {

    // The page background is the canvas; the text colour says which scheme Lumo applied.
    private static final String TEXT_COLOR = "() => getComputedStyle(document.body).color";

    @Test
    void followsTheSystemUntilThePersonPicksAndRemembersThePick() {
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        signIn(page, TestAccounts.TEACHER_EMAIL, TestStaffAccounts.PASSWORD);
        assertThat(userMenuButton(page)).isVisible();
        assertThat(isDark(page)).as("a dark system gives a dark app").isTrue();

        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        assertThat(isDark(page)).as("a light system gives a light app").isFalse();

        userMenu(page, "Colour scheme", "Dark");
        page.waitForFunction("() => document.documentElement.style.colorScheme === 'dark'");
        assertThat(isDark(page)).as("the pick beats the light system").isTrue();
        screenshot(page, "home-dark-desktop");

        page.reload();
        assertThat(userMenuButton(page)).isVisible();
        assertThat(isDark(page)).as("remembered after a reload").isTrue();

        userMenu(page, "Log out");
        assertThat(page.getByLabel("E-mail")).isVisible();
        assertThat(isDark(page)).as("and on the login page").isTrue();
        screenshot(page, "login-dark-desktop");
    }

    private static boolean isDark(Page target) {
        String rgb = (String) target.evaluate(TEXT_COLOR);
        List<Integer> channels = java.util.Arrays.stream(rgb.replaceAll("[^0-9,]", "").split(","))
                .limit(3).map(Integer::parseInt).toList();
        return channels.stream().mapToInt(Integer::intValue).sum() > 3 * 128;
    }
}
