package org.staffroom.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
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
    final Button passkey = new Button();
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
        passkey.setText(getTranslation("security.login.passkey"));
        passkey.setIcon(new Icon(VaadinIcon.KEY));
        passkey.addClassName("passkey-sign-in");
        passkey.addClickListener(click -> PasskeyBrowser.signIn(this, true, this::passkeyOutcome));
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
        PasskeyBrowser.whenKnownIfSupported(this, supported -> {
            passkey.setEnabled(supported);
            passkeyUnsupported.setVisible(!supported);
        });
    }

    private void passkeyOutcome(PasskeyBrowser.Outcome outcome) {
        if (outcome == PasskeyBrowser.Outcome.SIGNED_IN) {
            return;
        }
        passkeyUnsupported.setVisible(outcome == PasskeyBrowser.Outcome.UNSUPPORTED);
        passkeyFailed.setText(getTranslation(outcome == PasskeyBrowser.Outcome.CANCELLED
                ? "security.passkeys.cancelled" : "security.login.passkey.failed"));
        passkeyFailed.setVisible(outcome != PasskeyBrowser.Outcome.UNSUPPORTED);
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
