package org.staffroom.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Staffroom")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    final LoginForm loginForm = new LoginForm();
    final LoginI18n i18n = LoginI18n.createDefault();
    private final AuthenticationContext authenticationContext;

    LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");

        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("E-mail");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        // One message for every cause, so the page never tells whether an account exists.
        i18n.getErrorMessage().setMessage("The e-mail or password is not right, or the account cannot sign in now. "
                + "Check them and try again, or ask an administrator.");
        loginForm.setI18n(i18n);
        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);

        var title = new H1("Staffroom");
        title.addClassName("login-title");
        var hint = new Paragraph("Staff and subject groups of your school. Accounts are created by an administrator.");
        hint.addClassName("login-hint");
        add(title, hint, loginForm);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        loginForm.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
