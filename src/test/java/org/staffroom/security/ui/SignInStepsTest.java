package org.staffroom.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.applayout.AppLayout;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.staffroom.SignedInAs;
import org.staffroom.TestAccounts;

/** The bootstrap administrator's password was set by configuration: ASVS 6.4.1. */
@SpringBootTest
class SignInStepsTest extends SpringBrowserlessTest {

    @Test
    @SignedInAs(TestAccounts.ADMIN_EMAIL)
    void everyRouteLeadsToTheChangeScreenWithOnlyLogoutBesides() {
        for (String route : new String[] {"", "directory"}) {
            MustChangePasswordView view = navigate(route, MustChangePasswordView.class);
            assertThat(view.dialog.isOpened()).isTrue();
            assertThat(view.dialog.cancel.isVisible()).as("the dialog cannot be dismissed").isFalse();
            assertThat(view.logout.isVisible()).isTrue();
            assertThat(find(AppLayout.class).all()).as("no navigation to escape through").isEmpty();
        }
    }
}
