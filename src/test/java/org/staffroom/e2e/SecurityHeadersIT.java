package org.staffroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.Page;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.staffroom.TestAccounts;
import org.staffroom.staff.TestStaffAccounts;

/**
 * Browser hardening: the security headers on every kind of response, every view running
 * under the Content-Security-Policy without a single violation, and no sign-in from another site.
 */
class SecurityHeadersIT extends BrowserTestBase {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyResponseCarriesTheHeaders() throws Exception {
        for (String path : List.of("/login", "/", "/offline.html", "/icons/icon.png", "/no-such-page")) {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri(path)).build(),
                    HttpResponse.BodyHandlers.discarding());
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                            "frame-ancestors 'none'", "form-action 'self'"));
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "microphone=()"));
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void everyViewRunsUnderThePolicyWithoutAViolation() {
        List<String> violations = new ArrayList<>();
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    violations.add(page.url() + ": " + message.text());
                }
            });
            page.navigate("/offline.html");
            page.navigate("/login");
            signIn(page, TestAccounts.HEAD_EMAIL, TestStaffAccounts.PASSWORD);
            assertThat(userMenuButton(page)).isVisible();
            for (String view : List.of("/directory", "/staff", "/subject-groups")) {
                page.navigate(view);
                page.waitForFunction("() => document.title.length > 0");
            }
            userMenu(page, "Change password");
            assertThat(page.getByLabel("Current password")).isVisible();
            page.keyboard().press("Escape");
            userMenu(page, "Log out");
            assertThat(page.getByLabel("E-mail")).isVisible();
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() throws Exception {
        String form = "username=" + TestAccounts.HEAD_EMAIL + "&password=" + TestStaffAccounts.PASSWORD.replace(' ', '+');
        assertThat(signInPost(form, "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(signInPost(form, "Origin", "https://evil.example").statusCode()).isEqualTo(403);
        assertThat(signInPost(form, "Origin", "http://localhost:" + port).statusCode())
                .as("from this site it goes on to the sign-in").isNotEqualTo(403);
    }

    private HttpResponse<Void> signInPost(String form, String header, String value) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/login")).header(header, value)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
