package org.staffroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.staffroom.TestAccounts;
import org.staffroom.staff.TestStaffAccounts;

/** A page that fails to open shows the generic error page in the browser: a reference, no exception text. */
class ErrorPageIT extends BrowserTestBase {

    private static final String ROUTE = "failing-on-purpose";
    private static final String DRIVER_TEXT = "Socket fail to connect to host:db.internal.school, port:3306";

    /** Fails the way a page whose query meets a broken database connection would. */
    @PermitAll
    public static class FailingView extends Div {
        public FailingView() {
            throw new IllegalStateException(DRIVER_TEXT);
        }
    }

    @Autowired
    ServletContext servletContext;

    private RouteConfiguration routes;

    @BeforeEach
    void addAFailingPage() {
        routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)));
        routes.setRoute(ROUTE, FailingView.class);
    }

    @AfterEach
    void removeIt() {
        routes.removeRoute(ROUTE);
    }

    @Test
    void theErrorPageGivesAReferenceAndNoExceptionTextInLightAndDark() {
        for (ColorScheme scheme : new ColorScheme[] {ColorScheme.LIGHT, ColorScheme.DARK}) {
            BrowserContext browser = newContext(new Browser.NewContextOptions()
                    .setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT).setColorScheme(scheme));
            Page tab = browser.newPage();
            signIn(tab, TestAccounts.HEAD_EMAIL, TestStaffAccounts.PASSWORD);
            assertThat(userMenuButton(tab)).isVisible();

            tab.navigate("/" + ROUTE);
            assertThat(tab.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Something went wrong")))
                    .isVisible();
            assertThat(tab.getByText("Reference: ")).isVisible();
            String page = tab.locator("body").innerText();
            assertThat(page).matches("(?s).*Reference: [2-9A-Z]{4}-[2-9A-Z]{2}.*")
                    .doesNotContain("db.internal").doesNotContain("Exception").doesNotContain("3306");
            screenshot(tab, "error-page-desktop-" + scheme.name().toLowerCase());

            tab.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the home page")).click();
            assertThat(tab.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Hana Head")))
                    .isVisible();
            browser.close();
        }
    }
}
