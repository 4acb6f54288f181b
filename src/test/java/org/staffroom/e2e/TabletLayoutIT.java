package org.staffroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.staffroom.TestAccounts;
import org.staffroom.base.i18n.Translations;
import org.staffroom.security.Role;
import org.staffroom.security.SystemAccount;
import org.staffroom.staff.Staff;
import org.staffroom.staff.TestStaffAccounts;
import org.staffroom.subjectgroup.SubjectGroupService;

/**
 * Desktop, tablet landscape and tablet portrait, light and dark: every view fits its screen
 * without horizontal scrolling, touch targets are 44 px, the navigation becomes an overlay
 * on narrow screens and a tap opens a row. The screenshots land in target/screenshots/tour.
 */
class TabletLayoutIT extends BrowserTestBase {

    record Screen(String name, int width, int height, boolean touch, Locale locale) {
    }

    static final List<Screen> SCREENS = List.of(
            new Screen("desktop", DESKTOP_WIDTH, DESKTOP_HEIGHT, false, Locale.UK),
            new Screen("tablet-landscape", 1024, 768, true, Locale.UK),
            new Screen("tablet-portrait", 768, 1024, true, Locale.UK),
            // German words run longer; the narrowest screen shows whether they still fit.
            new Screen("tablet-portrait-german", 768, 1024, true, Locale.GERMANY));
    private static final Translations TEXTS = new Translations();
    static final Map<String, String> VIEWS = new LinkedHashMap<>();

    static {
        VIEWS.put("home", "/");
        VIEWS.put("directory", "/directory");
        VIEWS.put("staff", "/staff");
        VIEWS.put("subject-groups", "/subject-groups");
    }

    // Wider than the window, or a grid wider than itself: either means scrolling sideways.
    private static final String OVERFLOW = """
            () => {
              const found = [];
              if (document.documentElement.scrollWidth > window.innerWidth + 1) found.push('page');
              document.querySelectorAll('vaadin-grid').forEach(grid => {
                const table = grid.shadowRoot.querySelector('#table');
                const right = grid.getBoundingClientRect().right;
                const cut = [...grid.shadowRoot.querySelectorAll('#header th')]
                    .some(cell => cell.offsetWidth > 0 && cell.getBoundingClientRect().right > right + 1);
                if (table.scrollWidth > table.clientWidth + 1 || cut) found.push('grid');
              });
              return found;
            }""";
    // Every visible control that a finger must hit, smaller than 44x44 CSS px.
    private static final String SMALL_TARGETS = """
            () => [...document.querySelectorAll('vaadin-button, vaadin-menu-bar-button, vaadin-drawer-toggle,'
                + ' vaadin-text-field, vaadin-email-field, vaadin-password-field, vaadin-combo-box, vaadin-select,'
                + ' vaadin-side-nav-item, a.export-link')]
              .filter(e => e.offsetParent !== null || e.getClientRects().length > 0)
              .map(e => [e, e.getBoundingClientRect()])
              .filter(([e, r]) => r.width > 0 && (r.width < 44 || r.height < 44))
              .map(([e, r]) => e.localName + ' "' + (e.getAttribute('aria-label') || e.textContent.trim()).slice(0, 30)
                  + '" ' + Math.round(r.width) + 'x' + Math.round(r.height))""";

    @Autowired
    SubjectGroupService subjectGroupService;

    @Autowired
    TestStaffAccounts accounts;

    @Test
    void everyViewFitsEveryScreenInLightAndDarkWithLargeTouchTargets() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (Screen screen : SCREENS) {
            for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
                BrowserContext tour = screenContext(screen);
                Page tab = tour.newPage();
                tab.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
                String suffix = "-" + screen.name() + "-" + scheme.name().toLowerCase();
                tab.navigate("/login");
                assertThat(tab.getByLabel(TEXTS.getTranslation("security.login.username", screen.locale()))).isVisible();
                check(tab, "login" + suffix, screen, problems);
                signIn(tab, TestAccounts.HEAD_EMAIL, TestStaffAccounts.PASSWORD);
                assertThat(userMenuButton(tab)).isVisible();
                for (Map.Entry<String, String> view : VIEWS.entrySet()) {
                    tab.navigate(view.getValue());
                    tab.waitForFunction("() => document.title.length > 0 && !document.querySelector('vaadin-grid[loading]')");
                    settle(tab);
                    check(tab, view.getKey() + suffix, screen, problems);
                }
                userMenu(tab, TEXTS.getTranslation("app.user-menu.change-password", screen.locale()));
                assertThat(tab.getByLabel(TEXTS.getTranslation("security.change-password.current", screen.locale())))
                        .isVisible();
                settle(tab); // and the dialog's opening animation
                var dialog = tab.getByRole(AriaRole.DIALOG).boundingBox();
                if (dialog.x < 0 || dialog.y < 0 || dialog.x + dialog.width > screen.width()
                        || dialog.y + dialog.height > screen.height()) {
                    problems.computeIfAbsent("change-password" + suffix, k -> new ArrayList<>()).add("dialog off screen");
                }
                screenshot(tab, "tour/change-password" + suffix);
                tour.close();
            }
        }
        assertThat(problems).as("views that scroll sideways or have small touch targets").isEmpty();
    }

    @Test
    void onAPortraitTabletTheNavigationIsAnOverlayAndATapOpensARowForEditing() {
        String name = "Geography T" + System.nanoTime() % 1_000_000_000;
        SystemAccount.runAsAdministrator(() -> subjectGroupService.create(name));
        BrowserContext tablet = screenContext(SCREENS.get(2));
        Page tab = tablet.newPage();
        signIn(tab, TestAccounts.HEAD_EMAIL, TestStaffAccounts.PASSWORD);
        Page.GetByRoleOptions subjectGroups = new Page.GetByRoleOptions().setName("Subject groups");
        assertThat(tab.getByRole(AriaRole.LINK, subjectGroups)).not().isVisible();

        tab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show or hide the navigation")).tap();
        tab.getByRole(AriaRole.LINK, subjectGroups).tap();
        assertThat(tab.getByRole(AriaRole.HEADING, subjectGroups)).isVisible();
        assertThat(tab.getByRole(AriaRole.LINK, subjectGroups)).not().isVisible();

        tab.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search subject groups by name")).fill(name);
        tab.waitForFunction("() => document.querySelector('vaadin-grid').size === 1");
        settle(tab);
        // In Chromium's touch emulation the first tap after typing only takes the focus out of the field.
        tab.getByRole(AriaRole.HEADING, subjectGroups).tap();
        settle(tab);
        // A tap on a row's button does what the button says, and does not also open the row.
        tab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete " + name)).tap();
        Page.GetByRoleOptions confirm = new Page.GetByRoleOptions().setName("Delete").setExact(true);
        assertThat(tab.getByRole(AriaRole.BUTTON, confirm)).isVisible();
        assertThat(tab.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Subject group name")))
                .hasCount(0);
        tab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel")).tap();
        assertThat(tab.getByRole(AriaRole.BUTTON, confirm)).hasCount(0);
        tab.locator("vaadin-grid").getByText(name, new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                .first().tap();
        assertThat(tab.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Subject group name")))
                .isVisible();

        // The narrow staff grid: a tap on a person's card opens every field, stacked and labelled.
        tab.navigate("/staff");
        tab.waitForFunction("() => !document.querySelector('vaadin-grid[loading]')");
        settle(tab);
        Staff person = accounts.create("tablet", Role.STAFF);
        tab.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search staff by name or e-mail"))
                .fill(person.getEmail());
        tab.waitForFunction("() => document.querySelector('vaadin-grid').size === 1");
        settle(tab);
        tab.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Staff")).tap();
        tab.locator("vaadin-grid").getByText(person.getEmail()).tap();
        for (String field : List.of("Last name", "First name", "E-mail", "Subject group", "Role")) {
            assertThat(tab.getByLabel(field, new Page.GetByLabelOptions().setExact(true))).isVisible();
        }
        screenshot(tab, "tour/staff-editor-tablet-portrait-light");
        assertThat((List<?>) tab.evaluate(OVERFLOW)).as("the open row fits, buttons included").isEmpty();
        // No Enter key on a tablet: the row's own Save button finishes the edit.
        tab.getByLabel("First name", new Page.GetByLabelOptions().setExact(true)).fill("Tabitha");
        tab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).tap();
        assertThat(tab.locator("vaadin-grid").getByText("Person, Tabitha")).isVisible();
        assertThat(accounts.reload(person).getFirstName()).isEqualTo("Tabitha");
        tablet.close();
    }

    // A grid reports its width after layout; wait until the server has answered that and is idle.
    private static void settle(Page tab) {
        tab.waitForTimeout(300);
        tab.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    private BrowserContext screenContext(Screen screen) {
        return newContext(new Browser.NewContextOptions()
                .setViewportSize(screen.width(), screen.height())
                .setLocale(screen.locale().toLanguageTag())
                .setHasTouch(screen.touch())
                .setIsMobile(screen.touch()));
    }

    private void check(Page tab, String name, Screen screen, Map<String, List<String>> problems) {
        screenshot(tab, "tour/" + name);
        List<String> found = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<String> overflow = (List<String>) tab.evaluate(OVERFLOW);
        overflow.forEach(where -> found.add("scrolls sideways: " + where));
        if (screen.touch()) {
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) tab.evaluate(SMALL_TARGETS);
            small.forEach(target -> found.add("small touch target: " + target));
        }
        if (!found.isEmpty()) {
            problems.put(name, found);
        }
    }
}
