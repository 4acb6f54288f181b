package org.staffroom.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.staffroom.security.CurrentUser;
import org.staffroom.security.SecondFactorService;
import org.staffroom.security.SignInStep;

/**
 * Where a person who must have a second factor and has none is sent after their password,
 * from every route, until they set one up: a passkey, or an authenticator app.
 */
@Route(value = "sign-in/second-factor", autoLayout = false)
@PermitAll
public class SecondFactorSetupView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final Button setUpApp = new Button();
    final Button logout = new Button();
    final Div appSection = new Div();
    final PasskeyAdder passkeyAdder;

    private final SecondFactorService secondFactors;
    private final Reverification reverification;
    private final CurrentUser currentUser;

    SecondFactorSetupView(SecondFactorService secondFactors, Reverification reverification, CurrentUser currentUser) {
        this.secondFactors = secondFactors;
        this.reverification = reverification;
        this.currentUser = currentUser;
        addClassName("sign-in-step-view");
        addClassName("second-factor-setup-view");
        passkeyAdder = new PasskeyAdder(secondFactors, reverification, this::done);
        setUpApp.setText(getTranslation("security.mfa.app.set-up"));
        setUpApp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setUpApp.addClickListener(click -> startApp());
        appSection.addClassName("setup-section");
        var passkeySection = new Div(new H3(getTranslation("security.passkeys.title")),
                new Paragraph(getTranslation("security.passkeys.explanation")), passkeyAdder);
        passkeySection.addClassName("setup-section");
        logout.setText(getTranslation("security.must-change.logout"));
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(click -> currentUser.logout());
        add(new H1(getTranslation("base.app-name")), new H2(getTranslation("security.mfa.setup.title")),
                new Paragraph(getTranslation("security.mfa.setup.explanation")), passkeySection, appSection, logout);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Only while this step is left: once it is done the address leads home.
        if (currentUser.signInStep() != SignInStep.ENROL_SECOND_FACTOR) {
            event.forwardTo("");
            return;
        }
        // Vaadin keeps the view when a route leads here again: start over.
        appSection.removeAll();
        appSection.add(new H3(getTranslation("security.mfa.app.title")),
                new Paragraph(getTranslation("security.mfa.app.explanation")), setUpApp);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.mfa.setup.page-title");
    }

    private void startApp() {
        reverification.confirmFirst(SecondFactorService.Sensitivity.FACTOR_CHANGE, () -> {
            var setup = new AuthenticatorAppSetup(secondFactors, this::showRecoveryCodes);
            appSection.removeAll();
            appSection.add(new H3(getTranslation("security.mfa.app.title")), setup);
            setup.code.focus();
        });
    }

    private void showRecoveryCodes(List<String> codes) {
        var proceed = new Button(getTranslation("security.mfa.setup.continue"), click -> done());
        proceed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        appSection.removeAll();
        appSection.add(new H3(getTranslation("security.mfa.recovery-codes.title")), new RecoveryCodesPanel(codes), proceed);
    }

    private void done() {
        getUI().ifPresent(ui -> ui.navigate(""));
    }
}
