package org.staffroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.staffroom.TestAccounts;

@ExtendWith(OutputCaptureExtension.class)
class SignInIT extends BrowserTestBase {

    private static final String NEW_ADMIN_PASSWORD = "quartz meadow lantern violin";

    @Test
    void anonymousRequestsToAnyRouteEndOnTheLoginPage() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String route : new String[] {"/", "/staff", "/subject-groups", "/no-such-page"}) {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + route)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(route).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(route)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
        page.navigate("/");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        assertThat(page.getByLabel("E-mail")).isVisible();
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLaxAndRenewedAtSignIn() throws Exception {
        HttpResponse<Void> loginPage = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(loginPage.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));

        page.navigate("/login");
        String before = sessionId();
        signIn(page, TestAccounts.TEACHER_EMAIL, org.staffroom.staff.TestStaffAccounts.PASSWORD);
        assertThat(userMenuButton(page)).isVisible();
        assertThat(sessionId()).as("a new session id at sign-in").isNotEqualTo(before);
    }

    private String sessionId() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow().value;
    }

    @Test
    void wrongPasswordShowsAGenericError() {
        signIn(page, TestAccounts.ADMIN_EMAIL, "not-the-password-at-all");
        assertThat(page.getByText("The e-mail or password is not right")).isVisible();
        signIn(page, "nobody@school.example", "not-the-password-at-all");
        assertThat(page.getByText("The e-mail or password is not right")).isVisible();
    }

    @Test
    void bootstrapAdministratorMustChangeThePasswordThenSeesHomeAndLogsOut(CapturedOutput output) throws Exception {
        signIn(page, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        assertThat(page.getByText("Your password was set by someone else")).isVisible();
        page.navigate("/directory");
        assertThat(page.getByText("Your password was set by someone else")).isVisible();
        screenshot(page, "must-change-password-desktop");

        page.getByLabel("Current password").fill(TestAccounts.ADMIN_PASSWORD);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_ADMIN_PASSWORD);
        page.getByLabel("Confirm new password").fill(NEW_ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Staffroom Administrator")))
                .isVisible();
        assertThat(userMenuButton(page)).isVisible();
        assertThat(Files.size(screenshot(page, "home-desktop"))).isPositive();

        Cookie session = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow();
        userMenu(page, "Log out");
        assertThat(page.getByLabel("E-mail")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        assertThat(output.getAll()).contains("event=sign-out outcome=success user=" + TestAccounts.ADMIN_EMAIL);

        // The old session id is worthless after logout, even to someone who copied the cookie.
        HttpResponse<Void> replay = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                        .header("Cookie", "JSESSIONID=" + session.value).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(replay.uri().getPath()).isEqualTo("/login");

        // The old password no longer works, the new one does.
        signIn(page, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        assertThat(page.getByText("The e-mail or password is not right")).isVisible();
        signIn(page, TestAccounts.ADMIN_EMAIL, NEW_ADMIN_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Staffroom Administrator")))
                .isVisible();
    }
}
