package org.staffroom.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.staffroom.TotpCodes;
import org.staffroom.app.AccessDeniedView;
import org.staffroom.security.CurrentUser;
import org.staffroom.security.PasswordSignIn;
import org.staffroom.security.ReverificationRequiredException;
import org.staffroom.security.Role;
import org.staffroom.security.SecondFactorResetService;
import org.staffroom.security.SecondFactorService;
import org.staffroom.security.SignInStep;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffFilter;
import org.staffroom.staff.StaffService;
import org.staffroom.staff.StaffSort;
import org.staffroom.staff.TestStaffAccounts;
import org.staffroom.staff.ui.HomeView;

/**
 * Signing in with a password and an authenticator app, under the default policy (ADMIN must
 * have a second factor): forced enrolment, codes that work once, recovery codes, the shared
 * lockout, reverification before sensitive actions, and an administrator's reset.
 */
@SpringBootTest(properties = "staffroom.mfa-required-for=ADMIN")
@Tag("own-settings")
class SecondFactorSignInTest extends SpringBrowserlessTest {

    @Autowired
    TestStaffAccounts accounts;

    @Autowired
    PasswordSignIn passwordSignIn;

    @Autowired
    StaffService staffService;

    @Autowired
    SecondFactorService secondFactors;

    @Autowired
    SecondFactorResetService resets;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    Reverification reverification;

    // Each start of an app's set-up opens a route not shown just before, so the view is new.
    private static final String[] ROUTES = {"", "staff", "directory", "security", "subject-groups"};
    private int nextRoute;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAdministratorWithAPasswordAloneMustSetUpASecondFactorAndReachesNothingElse() {
        Staff admin = accounts.create("forced", Role.ADMIN);
        passwordSignIn.signIn(admin.getEmail(), TestStaffAccounts.PASSWORD);

        for (String route : new String[] {"", "staff", "subject-groups", "directory", "security"}) {
            navigate(route, SecondFactorSetupView.class);
        }
        assertThatThrownBy(() -> staffService.count()).as("no role until the second factor")
                .isInstanceOf(AccessDeniedException.class);

        List<String> recoveryCodes = setUpAuthenticatorApp();
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
        navigate("staff", org.staffroom.staff.ui.StaffGridView.class);
        assertThat(staffService.count()).isPositive();
    }

    @Test
    void aStaffMemberIsNotForcedButMayOptIn() {
        Staff teacher = accounts.create("optional", Role.STAFF);
        passwordSignIn.signIn(teacher.getEmail(), TestStaffAccounts.PASSWORD);
        navigate("", HomeView.class);
        navigate("staff", AccessDeniedView.class);

        SecurityView security = navigate("security", SecurityView.class);
        assertThat(security.requirement.getText()).contains("optional");
        test(security.authenticatorApp.setUp).click();
        AuthenticatorAppSetup setup = find(AuthenticatorAppSetup.class).single();
        TotpCodes app = TotpCodes.forKey(setup.key.getText());
        test(setup.code).setValue(app.code(0));
        test(setup.confirm).click();
        assertThat(find(RecoveryCodesPanel.class).single().list.getChildren()).hasSize(10);
        assertThat(secondFactors.status().authenticatorApp()).isTrue();

        passwordSignIn.signIn(teacher.getEmail(), TestStaffAccounts.PASSWORD);
        navigate("", VerifySecondFactorView.class);
    }

    @Test
    void aCodeWorksOnceAndARecoveryCodeWorksOnce() {
        Staff admin = accounts.create("codes", Role.ADMIN);
        passwordSignIn.signIn(admin.getEmail(), TestStaffAccounts.PASSWORD);
        TotpCodes app = TotpCodes.forKey(startAuthenticatorApp().key.getText());
        String enrolmentCode = app.code(0);
        List<String> recoveryCodes = confirm(enrolmentCode);

        // Signing in again: the code used to set the app up is spent.
        passwordSignIn.signIn(admin.getEmail(), TestStaffAccounts.PASSWORD);
        for (String route : new String[] {"", "staff", "security", "sign-in/second-factor", "change-password"}) {
            navigate(route, VerifySecondFactorView.class);
        }
        VerifySecondFactorView verify = navigate("", VerifySecondFactorView.class);
        test(verify.code).setValue(enrolmentCode);
        test(verify.verify).click();
        assertThat(verify.code.getErrorMessage()).contains("used already");
        assertThat(currentStep()).isEqualTo(SignInStep.VERIFY_SECOND_FACTOR);

        // The next step's code (one step early is accepted) signs in, once.
        String next = app.code(1);
        test(verify.code).setValue(next);
        test(verify.verify).click();
        assertThat(currentStep()).isEqualTo(SignInStep.DONE);
        navigate("staff", org.staffroom.staff.ui.StaffGridView.class);

        passwordSignIn.signIn(admin.getEmail(), TestStaffAccounts.PASSWORD);
        verify = navigate("", VerifySecondFactorView.class);
        test(verify.code).setValue(next);
        test(verify.verify).click();
        assertThat(currentStep()).as("a replayed code").isEqualTo(SignInStep.VERIFY_SECOND_FACTOR);

        test(verify.useRecoveryCode).click();
        assertThat(verify.code.getLabel()).isEqualTo("Recovery code");
        test(verify.code).setValue(recoveryCodes.get(3).toLowerCase());
        test(verify.verify).click();
        assertThat(currentStep()).isEqualTo(SignInStep.DONE);
        assertThat(secondFactors.status().recoveryCodesLeft()).isEqualTo(9);

        passwordSignIn.signIn(admin.getEmail(), TestStaffAccounts.PASSWORD);
        verify = navigate("", VerifySecondFactorView.class);
        test(verify.useRecoveryCode).click();
        test(verify.code).setValue(recoveryCodes.get(3));
        test(verify.verify).click();
        assertThat(verify.code.isInvalid()).isTrue();
        assertThat(currentStep()).as("a recovery code works once").isEqualTo(SignInStep.VERIFY_SECOND_FACTOR);
    }

    @Test
    void wrongCodesCountTowardTheSameLockAsWrongPasswords() {
        Staff admin = accounts.create("guessed", Role.ADMIN);
        passwordSignIn.signIn(admin.getEmail(), TestStaffAccounts.PASSWORD);
        TotpCodes app = TotpCodes.forKey(startAuthenticatorApp().key.getText());
        confirm(app.code(0));

        // Two wrong passwords, then the right one: every attempt counts until the second factor is
        // proven too, so the password alone gives an attacker no fresh tries at the code.
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> passwordSignIn.signIn(admin.getEmail(), "wrong password " + Math.random()));
        }
        passwordSignIn.signIn(admin.getEmail(), TestStaffAccounts.PASSWORD);
        String wrong = app.wrongCode();
        assertThatThrownBy(() -> secondFactors.verifySignIn(wrong))
                .isInstanceOfSatisfying(SecondFactorService.RefusedException.class,
                        refused -> assertThat(refused.locked()).as("the fourth attempt").isFalse());
        assertThatThrownBy(() -> secondFactors.verifySignIn(wrong))
                .isInstanceOfSatisfying(SecondFactorService.RefusedException.class,
                        refused -> assertThat(refused.locked()).as("the fifth attempt locks").isTrue());
        assertThatThrownBy(() -> secondFactors.verifySignIn(app.code(1)))
                .as("the right code does not open a locked account")
                .isInstanceOfSatisfying(SecondFactorService.RefusedException.class,
                        refused -> assertThat(refused.locked()).isTrue());
        assertThat(currentStep()).isEqualTo(SignInStep.VERIFY_SECOND_FACTOR);
    }

    @Test
    void aSensitiveActionFifteenMinutesAfterTheLastFactorAsksAgain() {
        Staff admin = accounts.create("stale", Role.ADMIN);
        Staff target = accounts.create("target", Role.STAFF);
        passwordSignIn.signIn(admin.getEmail(), TestStaffAccounts.PASSWORD);
        TotpCodes app = TotpCodes.forKey(startAuthenticatorApp().key.getText());
        confirm(app.code(0));
        ageFactors(Duration.ofMinutes(16));

        Staff current = accounts.reload(target);
        assertThatThrownBy(() -> staffService.setEnabled(current.getId(), current.getVersion(), false))
                .isInstanceOf(ReverificationRequiredException.class);
        assertThat(accounts.reload(target).isEnabled()).isTrue();

        reverification.confirmFirst(() -> staffService.setEnabled(current.getId(), current.getVersion(), false));
        VerifyAgainDialog confirmation = find(VerifyAgainDialog.class).single();
        test(confirmation.code).setValue(app.code(1));
        test(confirmation.verify).click();
        assertThat(accounts.reload(target).isEnabled()).as("the action went on after the code").isFalse();

        ageFactors(Duration.ofMinutes(14));
        Staff again = accounts.reload(target);
        staffService.setEnabled(again.getId(), again.getVersion(), true);
        assertThat(accounts.reload(target).isEnabled()).as("within 15 minutes, no second ask").isTrue();
    }

    @Test
    void anAdministratorResetsSomeoneElsesSecondFactorButNeverTheirOwnLast() {
        Staff lost = accounts.create("lost", Role.ADMIN);
        passwordSignIn.signIn(lost.getEmail(), TestStaffAccounts.PASSWORD);
        TotpCodes lostApp = TotpCodes.forKey(startAuthenticatorApp().key.getText());
        confirm(lostApp.code(0));
        assertThatThrownBy(secondFactors::removeAuthenticatorApp).as("an admin's last factor stays")
                .isInstanceOfSatisfying(SecondFactorService.RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("security.mfa.last-factor"));
        assertThatThrownBy(() -> resets.resetFor(lost.getId()))
                .isInstanceOfSatisfying(SecondFactorService.RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("security.mfa.reset.own"));

        Staff helper = accounts.create("helper", Role.ADMIN);
        passwordSignIn.signIn(helper.getEmail(), TestStaffAccounts.PASSWORD);
        confirm(TotpCodes.forKey(startAuthenticatorApp().key.getText()).code(0));
        int generation = accounts.reload(lost).getSessionGeneration();
        resets.resetFor(lost.getId());
        assertThat(resets.hasSecondFactor(lost.getId())).isFalse();
        assertThat(accounts.reload(lost).getSessionGeneration()).as("their sessions end").isGreaterThan(generation);

        passwordSignIn.signIn(lost.getEmail(), TestStaffAccounts.PASSWORD);
        navigate("", SecondFactorSetupView.class);
    }

    private List<String> setUpAuthenticatorApp() {
        AuthenticatorAppSetup setup = startAuthenticatorApp();
        return confirm(TotpCodes.forKey(setup.key.getText()).code(0));
    }

    private AuthenticatorAppSetup startAuthenticatorApp() {
        SecondFactorSetupView view = navigate(ROUTES[nextRoute++ % ROUTES.length], SecondFactorSetupView.class);
        test(view.setUpApp).click();
        AuthenticatorAppSetup setup = find(AuthenticatorAppSetup.class).single();
        assertThat(setup.qrCode.getSrc()).startsWith("data:image/png;base64,");
        assertThat(setup.key.getText()).matches("([A-Z2-7]{4} )+[A-Z2-7]{1,4}");
        return setup;
    }

    private List<String> confirm(String code) {
        AuthenticatorAppSetup setup = find(AuthenticatorAppSetup.class).single();
        test(setup.code).setValue(code);
        test(setup.confirm).click();
        RecoveryCodesPanel panel = find(RecoveryCodesPanel.class).single();
        List<String> codes = new ArrayList<>();
        panel.list.getChildren().forEach(item -> codes.add(((ListItem) item).getText()));
        assertThat(currentStep()).isEqualTo(SignInStep.DONE);
        return codes;
    }

    private SignInStep currentStep() {
        return currentUser.signInStep();
    }

    // As if the factors had been proven this long ago: the session's proof, not the clock, is what ages.
    private static void ageFactors(Duration age) {
        var current = SecurityContextHolder.getContext().getAuthentication();
        List<GrantedAuthority> aged = new ArrayList<>();
        for (GrantedAuthority authority : current.getAuthorities()) {
            aged.add(authority instanceof FactorGrantedAuthority factor
                    ? FactorGrantedAuthority.withAuthority(factor.getAuthority()).issuedAt(Instant.now().minus(age)).build()
                    : authority);
        }
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null, aged));
    }
}
