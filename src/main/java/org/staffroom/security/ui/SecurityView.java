package org.staffroom.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import org.staffroom.base.ui.DateTimes;
import org.staffroom.security.SecondFactorService;
import org.staffroom.security.SignedInSessionService;

/** "Sessions and devices": the person's passkeys, authenticator app and signed-in sessions. */
@Route("security")
@PermitAll
public class SecurityView extends Main implements HasDynamicTitle {

    final PasskeyList passkeys;
    final AuthenticatorAppPanel authenticatorApp;
    final SessionList sessions;
    final Paragraph requirement = new Paragraph();

    private final SecondFactorService secondFactors;

    SecurityView(SecondFactorService secondFactors, SignedInSessionService signedInSessions,
            Reverification reverification) {
        this.secondFactors = secondFactors;
        addClassName("security-view");
        DateTimeFormatter when = DateTimes.toTheMinute();
        passkeys = new PasskeyList(secondFactors, reverification, when, this::refresh);
        authenticatorApp = new AuthenticatorAppPanel(secondFactors, reverification, this::refresh);
        sessions = new SessionList(signedInSessions, when);
        requirement.addClassName("security-requirement");
        add(new H1(getTranslation("security.page.title")), requirement,
                section("security.passkeys.title", "security.passkeys.explanation", passkeys),
                section("security.mfa.app.title", "security.mfa.app.explanation", authenticatorApp),
                section("security.sessions.title", "security.sessions.explanation", sessions));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.page.page-title");
    }

    private Section section(String titleKey, String explanationKey, com.vaadin.flow.component.Component content) {
        var section = new Section(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(explanationKey)),
                content);
        section.addClassName("security-section");
        return section;
    }

    private void refresh() {
        SecondFactorService.Status status = secondFactors.status();
        passkeys.show(status.passkeys());
        authenticatorApp.show(status);
        sessions.refresh();
        requirement.setText(getTranslation(status.required() ? "security.page.required" : "security.page.optional"));
    }
}
