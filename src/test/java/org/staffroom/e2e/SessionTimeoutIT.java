package org.staffroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.staffroom.TestAccounts;
import org.staffroom.staff.TestStaffAccounts;

/**
 * With a 40-second idle timeout, a 75-second maximum age and a heartbeat every 5 seconds: a
 * tab left alone signs out by itself although its heartbeats go on, and a tab in use is
 * signed out once the session is too old. Both tabs run side by side to keep the wait short.
 */
@TestPropertySource(properties = {"staffroom.session-timeout=40s", "staffroom.session-max-age=75s",
        "vaadin.heartbeatInterval=5"})
class SessionTimeoutIT extends BrowserTestBase {

    private static final Pattern LOGIN_URL = Pattern.compile(".*/login$");
    private static final double WAIT_MS = 120_000;

    @Test
    void anIdleTabSignsOutByItselfAndABusyOneWhenTheSessionIsTooOld() {
        BrowserContext idleBrowser = newContext(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        Page idle = idleBrowser.newPage();
        signIn(idle, TestAccounts.TEACHER_EMAIL, TestStaffAccounts.PASSWORD);
        assertThat(userMenuButton(idle)).isVisible();
        signIn(page, TestAccounts.HEAD_EMAIL, TestStaffAccounts.PASSWORD);
        assertThat(userMenuButton(page)).isVisible();
        Instant busySince = Instant.now();

        // The busy tab moves between two views every 8 seconds, well within the idle timeout.
        boolean onHome = true;
        while (!LOGIN_URL.matcher(page.url()).matches()
                && Duration.between(busySince, Instant.now()).toMillis() < WAIT_MS) {
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(onHome ? "Staff directory" : "Home"))
                    .click();
            onHome = !onHome;
            page.waitForTimeout(8_000);
        }
        Duration busyFor = Duration.between(busySince, Instant.now());

        // Meanwhile the idle tab, only heartbeating, went to the sign-in page on its own.
        assertThat(idle).hasURL(LOGIN_URL, new PageAssertions.HasURLOptions().setTimeout(WAIT_MS));
        assertThat(idle.getByText("You were signed out after 1 minute without activity."))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
        screenshot(idle, "login-signed-out-idle-desktop");
        idleBrowser.close();

        assertThat(page).hasURL(LOGIN_URL, new PageAssertions.HasURLOptions().setTimeout(WAIT_MS));
        assertThat(page.getByText("You were signed out because a session lasts at most"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
        assertThat(busyFor).as("ended by its age, not early").isGreaterThanOrEqualTo(Duration.ofSeconds(70));
    }
}
