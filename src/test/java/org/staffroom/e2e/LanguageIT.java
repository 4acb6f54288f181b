package org.staffroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.staffroom.TestAccounts;
import org.staffroom.staff.TestStaffAccounts;

/** The language follows the browser until the person picks one in the user menu; the pick is kept. */
class LanguageIT extends BrowserTestBase {

    @Test
    void aGermanBrowserGetsGermanUntilThePersonPicksEnglish() {
        BrowserContext german = newContext(new Browser.NewContextOptions()
                .setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT).setLocale("de-DE"));
        Page tab = german.newPage();
        tab.navigate("/login");
        assertThat(tab).hasTitle("Anmelden · Staffroom");
        assertThat(tab.locator("html")).hasAttribute("lang", "de");
        tab.getByLabel("E-Mail").fill(TestAccounts.HEAD_EMAIL);
        tab.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(TestStaffAccounts.PASSWORD);
        tab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden").setExact(true)).click();
        assertThat(tab.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Willkommen, Hana Head")))
                .isVisible();
        assertThat(tab.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Personalverzeichnis")))
                .isVisible();
        screenshot(tab, "home-german-desktop");

        userMenu(tab, "Sprache", "English");
        assertThat(tab.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Hana Head")))
                .isVisible();
        tab.reload();
        assertThat(tab.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff directory"))).isVisible();
        assertThat(tab.locator("html")).hasAttribute("lang", "en");

        userMenu(tab, "Log out");
        assertThat(tab).hasTitle("Sign in · Staffroom");
        german.close();
    }
}
