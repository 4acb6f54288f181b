package org.staffroom.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.staffroom.TestAccounts;
import org.staffroom.security.RandomPasswords;

@SpringBootTest
@Tag("persistence")
class FirstAdministratorTest {

    @Autowired
    TestStaffAccounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    FirstAdministrator firstAdministrator;

    @Test
    void firstStartCreatesTheConfiguredAdministratorWhoMustChangeThePassword() {
        Staff admin = accounts.findByEmail(TestAccounts.ADMIN_EMAIL);
        assertThat(admin.getRole().name()).isEqualTo("ADMIN");
        assertThat(admin.isMustChangePassword()).isTrue();
        assertThat(admin.getPasswordHash()).startsWith("{argon2}$argon2id$");
        assertThat(passwordEncoder.matches(TestAccounts.ADMIN_PASSWORD, admin.getPasswordHash())).isTrue();
    }

    @Test
    void laterStartsNeverTouchTheAccount() {
        Staff before = accounts.findByEmail(TestAccounts.ADMIN_EMAIL);
        firstAdministrator.run(new DefaultApplicationArguments());
        Staff after = accounts.findByEmail(TestAccounts.ADMIN_EMAIL);
        assertThat(after.getPasswordHash()).isEqualTo(before.getPasswordHash());
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
    }

    @Test
    void generatedPasswordsAreLongAndDifferEachTime() {
        String first = RandomPasswords.generate();
        assertThat(first).hasSize(20).isNotEqualTo(RandomPasswords.generate());
    }
}
