package org.staffroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.staffroom.security.Role;
import org.staffroom.security.SystemAccount;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffDetails;
import org.staffroom.staff.StaffService;
import org.staffroom.staff.TestStaffAccounts;

class AccountSecurityIT extends BrowserTestBase {

    private static final String GENERIC_ERROR = "The e-mail or password is not right";
    private static final Pattern LOGIN_URL = Pattern.compile(".*/login$");

    @Autowired
    TestStaffAccounts accounts;

    @Autowired
    StaffService staffService;

    @Test
    void fiveWrongPasswordsLockTheAccountWithTheSameGenericMessage() {
        Staff person = accounts.create("lockout", Role.STAFF);
        for (int i = 0; i < 5; i++) {
            signIn(page, person.getEmail(), "wrong guess number " + i);
            assertThat(page.getByText(GENERIC_ERROR)).isVisible();
        }
        // Now even the right password is refused, with the very same message.
        signIn(page, person.getEmail(), TestStaffAccounts.PASSWORD);
        assertThat(page.getByText(GENERIC_ERROR)).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        screenshot(page, "login-error-desktop");
    }

    @Test
    void changingThePasswordSignsOutTheOtherBrowserButNotThisOne() {
        Staff person = accounts.create("twobrowsers", Role.STAFF);
        String newPassword = "saffron glacier pocket drum";
        BrowserContext otherContext = newContext(1024, 768);
        Page other = otherContext.newPage();
        signIn(other, person.getEmail(), TestStaffAccounts.PASSWORD);
        assertThat(userMenuButton(other)).isVisible();

        signIn(page, person.getEmail(), TestStaffAccounts.PASSWORD);
        userMenu(page, "Change password");
        page.getByLabel("Current password").fill(TestStaffAccounts.PASSWORD);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(newPassword);
        page.getByLabel("Confirm new password").fill(newPassword);
        screenshot(page, "change-password-dialog-desktop");
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Change password")).click();
        assertThat(page.getByText("Your password was changed.")).isVisible();

        // This browser stays signed in and can keep working.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff directory")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Staff directory"))).isVisible();

        // The other browser lands on the login page at its next interaction.
        other.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff directory")).click();
        assertThat(other).hasURL(LOGIN_URL);
        assertThat(other.getByLabel("E-mail")).isVisible();

        // Old password fails, the new one works.
        signIn(other, person.getEmail(), TestStaffAccounts.PASSWORD);
        assertThat(other.getByText(GENERIC_ERROR)).isVisible();
        signIn(other, person.getEmail(), newPassword);
        assertThat(userMenuButton(other)).isVisible();
        otherContext.close();
    }

    @Test
    void aDemotedAdministratorsOpenPageLosesTheAdminViews() {
        Staff admin = accounts.create("demotedadmin", Role.ADMIN);
        signIn(page, admin.getEmail(), TestStaffAccounts.PASSWORD);
        page.navigate("/staff");
        var newStaff = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New staff member"));
        assertThat(newStaff).isVisible();

        SystemAccount.runAsAdministrator(() -> {
            Staff current = staffService.get(admin.getId());
            staffService.update(current.getId(), current.getVersion(), new StaffDetails(current.getEmail(),
                    current.getFirstName(), current.getLastName(), current.getSubjectGroup(), Role.STAFF));
        });
        // The page was built for an administrator; its next request finds the role changed.
        newStaff.click();
        assertThat(page).hasURL(LOGIN_URL);
        assertThat(page.getByText("You were signed out because your account was changed")).isVisible();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        screenshot(page, "login-signed-out-account-changed-desktop");

        signIn(page, admin.getEmail(), TestStaffAccounts.PASSWORD);
        assertThat(userMenuButton(page)).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff directory"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Subject groups"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff").setExact(true)))
                .hasCount(0);
        page.navigate("/staff");
        assertThat(page.getByText("You don’t have access to this page")).isVisible();
    }

    @Test
    void disablingAnAccountEndsItsSessionAtOnce() {
        Staff person = accounts.create("disabled", Role.STAFF);
        signIn(page, person.getEmail(), TestStaffAccounts.PASSWORD);
        assertThat(userMenuButton(page)).isVisible();

        accounts.setEnabled(person, false);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff directory")).click();
        assertThat(page).hasURL(LOGIN_URL);
        signIn(page, person.getEmail(), TestStaffAccounts.PASSWORD);
        assertThat(page.getByText(GENERIC_ERROR)).isVisible();
    }

    @Test
    void deletingAnAccountEndsItsSessionAtOnce() {
        Staff person = accounts.create("deleted", Role.STAFF);
        signIn(page, person.getEmail(), TestStaffAccounts.PASSWORD);
        assertThat(userMenuButton(page)).isVisible();

        accounts.delete(person);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff directory")).click();
        assertThat(page).hasURL(LOGIN_URL);
    }
}
