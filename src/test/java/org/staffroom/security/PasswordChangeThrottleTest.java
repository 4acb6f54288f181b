package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.staffroom.staff.Staff;
import org.staffroom.staff.TestStaffAccounts;

/**
 * Guessing the current password in "Change password" counts like guessing at sign-in: the
 * fifth wrong one locks the account and ends its sessions, and a locked account cannot change
 * its password, not even with the right current one.
 */
@SpringBootTest
class PasswordChangeThrottleTest {

    @Autowired
    PasswordChangeService passwordChange;

    @Autowired
    SignedInAccountService signedInAccounts;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    TestStaffAccounts accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFifthWrongCurrentPasswordLocksAndSignsOut() {
        Staff person = accounts.create("guesser", Role.STAFF);
        var principal = (SignedInAccount) signedInAccounts.loadUserByUsername(person.getEmail());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));

        for (int i = 1; i < SignInThrottle.ACCOUNT_FAILURE_LIMIT; i++) {
            assertRefused("wrong guess number " + i, "security.password.wrong-current");
        }
        assertRefused("wrong guess number 5", "security.password.locked");
        assertThat(throttle.isAccountLocked(person.getId())).isTrue();
        assertThat(accounts.reload(person).getSessionGeneration()).as("its sessions end")
                .isEqualTo(person.getSessionGeneration() + 1);

        assertRefused(TestStaffAccounts.PASSWORD, "security.password.locked");
        assertThat(accounts.reload(person).getPasswordHash()).isEqualTo(person.getPasswordHash());
    }

    private void assertRefused(String currentPassword, String messageKey) {
        assertThatThrownBy(() -> passwordChange.changeOwnPassword(currentPassword, "heron violet canal 5521"))
                .isInstanceOfSatisfying(PasswordChangeService.RefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(messageKey);
                    assertThat(refused.field()).isEqualTo(PasswordChangeService.Field.CURRENT_PASSWORD);
                });
    }
}
