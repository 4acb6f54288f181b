package org.staffroom.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

@SpringBootTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void anonymousVisitorOfHomeLandsOnTheLoginPageWithoutTheAppFrame() {
        navigate("", LoginView.class);
        assertThat(find(AppLayout.class).all()).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void failedSignInShowsOneGenericMessage() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginView view = (LoginView) getCurrentView();
        assertThat(view.loginForm.isError()).isTrue();
        String message = view.i18n.getErrorMessage().getMessage();
        assertThat(message).contains("e-mail or password is not right").doesNotContain("locked", "unknown", "exist");
    }

    @Test
    @WithAnonymousUser
    void plainLoginPageShowsNoError() {
        LoginView view = navigate(LoginView.class);
        assertThat(view.loginForm.isError()).isFalse();
    }
}
