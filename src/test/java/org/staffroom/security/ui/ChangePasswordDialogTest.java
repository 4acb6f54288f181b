package org.staffroom.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.staffroom.HostileInput;
import org.staffroom.security.Role;
import org.staffroom.staff.Staff;
import org.staffroom.staff.TestStaffAccounts;
import org.staffroom.staff.ui.HomeView;

@SpringBootTest
class ChangePasswordDialogTest extends SpringBrowserlessTest {

    private static final String NEW_PASSWORD = "violet anchor murmur pretzel";

    @Autowired
    TestStaffAccounts accounts;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    private Staff person;
    private ChangePasswordDialog dialog;

    @BeforeEach
    void signInAndOpenTheDialog() {
        person = accounts.create("changer", Role.STAFF);
        var user = userDetailsService.loadUserByUsername(person.getEmail());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        navigate(HomeView.class);
        // The user menu: its only top item, then its first entry, "Change password".
        new MenuBarTester<>(find(MenuBar.class).single()).clickItem(0, 0);
        dialog = find(ChangePasswordDialog.class).single();
    }

    @Test
    void wrongCurrentPasswordIsShownAtThatFieldAndNothingChanges() {
        fill("not my password at all", NEW_PASSWORD, NEW_PASSWORD);
        test(dialog.save).click();
        assertThat(dialog.currentPassword.isInvalid()).isTrue();
        assertThat(dialog.currentPassword.getErrorMessage()).isEqualTo("The current password is not right.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(passwordEncoder.matches(TestStaffAccounts.PASSWORD, accounts.reload(person).getPasswordHash())).isTrue();
    }

    @Test
    void policyViolationIsShownAtTheNewPasswordField() {
        fill(TestStaffAccounts.PASSWORD, "too short", "too short");
        assertThat(dialog.newPassword.isInvalid()).isTrue();
        assertThat(dialog.newPassword.getErrorMessage()).contains("at least 12");

        fill(TestStaffAccounts.PASSWORD, "123qweasdzxc", "123qweasdzxc");
        assertThat(dialog.newPassword.getErrorMessage()).contains("most common");
    }

    @Test
    void newPasswordMustDifferFromTheCurrentOne() {
        fill(TestStaffAccounts.PASSWORD, TestStaffAccounts.PASSWORD, TestStaffAccounts.PASSWORD);
        test(dialog.save).click();
        assertThat(dialog.newPassword.getErrorMessage()).isEqualTo("The new password must differ from the current one.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void confirmationMustMatch() {
        fill(TestStaffAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!");
        test(dialog.save).click();
        assertThat(dialog.confirmation.isInvalid()).isTrue();
        assertThat(dialog.confirmation.getErrorMessage()).isEqualTo("The passwords do not match.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void strengthHintFollowsTyping() {
        test(dialog.newPassword).setValue("aaaaaaaaaaaa");
        assertThat(dialog.newPassword.getHelperText()).startsWith("Strength: ").containsAnyOf("Very weak", "Weak");
        test(dialog.newPassword).setValue(NEW_PASSWORD);
        assertThat(dialog.newPassword.getHelperText()).isEqualTo("Strength: Strong");
    }

    @Test
    void successStoresTheNewHashEndsOtherSessionsAndSaysSo() {
        int generationBefore = accounts.reload(person).getSessionGeneration();
        fill(TestStaffAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(test(find(Notification.class).single()).getText()).startsWith("Your password was changed.");
        Staff after = accounts.reload(person);
        assertThat(passwordEncoder.matches(NEW_PASSWORD, after.getPasswordHash())).isTrue();
        assertThat(after.getSessionGeneration()).isEqualTo(generationBefore + 1);
        assertThat(after.isMustChangePassword()).isFalse();
    }

    @Test
    void anyStringAsTheNewPasswordIsTakenOrRefusedAtItsField() {
        String current = TestStaffAccounts.PASSWORD;
        int taken = 0;
        for (String value : HostileInput.corpus()) {
            fill(current, value, value);
            test(dialog.save).click();
            if (dialog.isOpened()) {
                HostileInput.assertRefusedAtTheField(dialog.newPassword, value);
                dialog.close();
            } else {
                assertThat(passwordEncoder.matches(value, accounts.reload(person).getPasswordHash()))
                        .as(HostileInput.describe(value)).isTrue();
                current = value;
                taken++;
            }
            new MenuBarTester<>(find(MenuBar.class).single()).clickItem(0, 0);
            dialog = find(ChangePasswordDialog.class).single();
        }
        assertThat(taken).as("long passphrases in any script are fine").isPositive();
    }

    private void fill(String current, String newPassword, String confirmation) {
        test(dialog.currentPassword).setValue(current);
        test(dialog.newPassword).setValue(newPassword);
        test(dialog.confirmation).setValue(confirmation);
    }
}
