package org.staffroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.locator.Locators;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.staffroom.SignedInAs;
import org.staffroom.TestAccounts;

/**
 * Something unexpected shows a generic message with a reference and never the exception's
 * text (here, what a database driver puts in its messages); the log has both.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
@SignedInAs(TestAccounts.HEAD_EMAIL)
class UnexpectedErrorTest extends SpringBrowserlessTest implements Locators {

    private static final String DRIVER_TEXT =
            "Socket fail to connect to host:db.internal.school, port:3306. Access denied for user 'staffroom'";
    private static final Pattern REFERENCE = Pattern.compile("Reference: ([2-9A-Z]{4}-[2-9A-Z]{2})");

    /** A page whose construction fails the way a broken query would. */
    @PermitAll
    public static class FailingView extends Div {
        public FailingView() {
            throw new IllegalStateException(DRIVER_TEXT);
        }
    }

    @Test
    void aPageThatFailsToOpenShowsTheGenericPageWithAReference(CapturedOutput output) {
        RouteConfiguration.forSessionScope().setRoute("failing", FailingView.class);
        UI.getCurrent().navigate("failing");

        assertThat(getCurrentView()).isInstanceOf(ErrorView.class);
        assertThat(findH1().getText()).isEqualTo("Something went wrong");
        String page = texts(getCurrentView());
        assertThat(page).doesNotContain("db.internal").doesNotContain("Socket").doesNotContain("Exception");
        String reference = reference(page);
        assertThat(output.getAll()).as("the log has the reference and the full exception")
                .contains("reference " + reference).contains(DRIVER_TEXT).contains("IllegalStateException");
    }

    @Test
    void anActionThatFailsShowsANotificationWithAReference(CapturedOutput output) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException(DRIVER_TEXT)));

        String shown = find(Notification.class).all().stream().map(n -> test(n).getText())
                .collect(Collectors.joining("\n"));
        assertThat(shown).startsWith("Something went wrong. Reference: ").doesNotContain("db.internal");
        assertThat(output.getAll()).contains("reference " + reference(shown)).contains(DRIVER_TEXT);
    }

    private static String reference(String text) {
        Matcher matcher = REFERENCE.matcher(text);
        assertThat(matcher.find()).as("a reference in: %s", text).isTrue();
        return matcher.group(1);
    }

    private static String texts(HasElement root) {
        return root.getElement().getTextRecursively();
    }
}
