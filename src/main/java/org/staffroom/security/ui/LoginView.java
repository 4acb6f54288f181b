package org.staffroom.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.staffroom.base.config.StaffroomProperties;
import org.staffroom.security.SignOutReason;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm loginForm = new LoginForm();
    final LoginI18n i18n = LoginI18n.createDefault();
    final Paragraph signedOut = new Paragraph();
    final Button passkey;
    final Paragraph passkeyUnsupported = new Paragraph();
    final Paragraph passkeyFailed = new Paragraph();
    private final AuthenticationContext authenticationContext;
    private final StaffroomProperties settings;

    LoginView(AuthenticationContext authenticationContext, StaffroomProperties settings) {
        this.authenticationContext = authenticationContext;
        this.settings = settings;
        addClassName("login-view");

        i18n.getForm().setTitle(getTranslation("security.login.title"));
        i18n.getForm().setUsername(getTranslation("security.login.username"));
        i18n.getForm().setPassword(getTranslation("security.login.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("security.login.error.title"));
        // One message for every cause, so the page never tells whether an account exists.
        i18n.getErrorMessage().setMessage(getTranslation("security.login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("security.login.error.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("security.login.error.password-required"));
        loginForm.setI18n(i18n);
        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);

        var title = new H1(getTranslation("base.app-name"));
        title.addClassName("login-title");
        var hint = new Paragraph(getTranslation("security.login.hint"));
        hint.addClassName("login-hint");
        signedOut.addClassName("login-notice");
        signedOut.getElement().setAttribute("role", "status");
        signedOut.setVisible(false);
        passkey = new PasskeySignInButton("security.login.passkey", this::showPasskeyFailure, this::showSupported);
        passkeyUnsupported.setText(getTranslation("security.login.passkey.unsupported"));
        passkeyUnsupported.addClassName("login-hint");
        passkeyUnsupported.setVisible(false);
        passkeyFailed.addClassName("login-notice");
        passkeyFailed.getElement().setAttribute("role", "alert");
        passkeyFailed.setVisible(false);
        var or = new Span(getTranslation("security.login.or"));
        or.addClassName("login-or");
        var passkeys = new Div(or, passkey, passkeyUnsupported, passkeyFailed);
        passkeys.addClassName("login-passkeys");
        add(title, hint, signedOut, loginForm, passkeys);
    }

    private void showSupported(boolean supported) {
        passkey.setEnabled(supported);
        passkeyUnsupported.setVisible(!supported);
    }

    private void showPasskeyFailure(String message) {
        passkeyFailed.setText(message);
        passkeyFailed.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        loginForm.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
        SignOutReason.take(VaadinRequest.getCurrent(), VaadinResponse.getCurrent()).ifPresent(reason -> {
            signedOut.setText(getTranslation(reason.messageKey(), reason.messageArguments(settings)));
            signedOut.setVisible(true);
        });
    }
}
