package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.staffroom.staff.Staff;
import org.staffroom.staff.TestStaffAccounts;

/**
 * Any password the policy accepts can be set and used, up to 128 characters in any script
 * (bcrypt refused more than 72 bytes), and older bcrypt hashes become Argon2id at the next sign-in.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class PasswordHashingTest {

    // 128 characters: four unrelated words, then digits and signs, repeated.
    private static final String LONG_ASCII = ("lichen quartz tuba meadow 1804 %+ ".repeat(4)).substring(0, 128);
    // 64 different emoji (U+1F400 on): 256 bytes in UTF-8, where bcrypt stopped at 72.
    private static final String EMOJI = new String(java.util.stream.IntStream.range(0x1F400, 0x1F440).toArray(), 0, 64);
    private static final String CJK = "月光下的小猫在屋顶上安静地睡觉";

    @Autowired
    PasswordAuthenticationProvider signIn;

    @Autowired
    PasswordChangeService passwordChange;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TestStaffAccounts accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void longEmojiAndCjkPasswordsAreSetUsedAndChangedAgain() {
        assertThat(LONG_ASCII).hasSize(128);
        assertThat(EMOJI.codePointCount(0, EMOJI.length())).isEqualTo(64);
        for (String password : List.of(LONG_ASCII, EMOJI, CJK)) {
            Staff person = accounts.create("hashing", Role.STAFF);
            signInAs(person.getEmail(), TestStaffAccounts.PASSWORD);
            passwordChange.changeOwnPassword(TestStaffAccounts.PASSWORD, password);

            signInAs(person.getEmail(), password);
            String next = (password.length() > 120 ? password.substring(0, 120) : password) + " again";
            passwordChange.changeOwnPassword(password, next);
            signInAs(person.getEmail(), next);
            assertThat(accounts.reload(person).getPasswordHash()).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        }
    }

    @Test
    void aBcryptHashIsArgon2idAfterOneSignIn(CapturedOutput output) {
        Staff person = accounts.createWithHash("bcrypt", "{bcrypt}" + new BCryptPasswordEncoder().encode(
                TestStaffAccounts.PASSWORD));
        signInAs(person.getEmail(), TestStaffAccounts.PASSWORD);
        String upgraded = accounts.reload(person).getPasswordHash();
        assertThat(upgraded).startsWith("{argon2}$argon2id$");
        assertThat(passwordEncoder.matches(TestStaffAccounts.PASSWORD, upgraded)).isTrue();
        assertThat(accounts.reload(person).getVersion()).as("an edit open meanwhile stays valid")
                .isEqualTo(person.getVersion());
        assertThat(output.getAll()).contains("event=password-hash-upgrade outcome=success user=" + person.getEmail());
        signInAs(person.getEmail(), TestStaffAccounts.PASSWORD);
    }

    private void signInAs(String email, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100.23");
        token.setDetails(new WebAuthenticationDetails(request));
        Authentication signedIn = signIn.authenticate(token);
        SecurityContextHolder.getContext().setAuthentication(signedIn);
    }
}
