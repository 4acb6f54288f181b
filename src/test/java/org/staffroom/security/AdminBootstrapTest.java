package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.staffroom.TestAccounts;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffService;

@SpringBootTest
@Tag("persistence")
class AdminBootstrapTest {

    @Autowired
    StaffService staffService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AdminBootstrap adminBootstrap;

    @Test
    void firstStartCreatesTheConfiguredAdministratorWhoMustChangeThePassword() {
        Staff admin = staffService.findByEmail(TestAccounts.ADMIN_EMAIL).orElseThrow();
        assertThat(admin.getRole().name()).isEqualTo("ADMIN");
        assertThat(admin.isMustChangePassword()).isTrue();
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches(TestAccounts.ADMIN_PASSWORD, admin.getPasswordHash())).isTrue();
    }

    @Test
    void laterStartsNeverTouchTheAccount() {
        Staff before = staffService.findByEmail(TestAccounts.ADMIN_EMAIL).orElseThrow();
        adminBootstrap.run(new DefaultApplicationArguments());
        Staff after = staffService.findByEmail(TestAccounts.ADMIN_EMAIL).orElseThrow();
        assertThat(after.getPasswordHash()).isEqualTo(before.getPasswordHash());
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
    }

    @Test
    void generatedPasswordsAreLongAndDifferEachTime() {
        String first = RandomPasswords.generate();
        assertThat(first).hasSize(20).isNotEqualTo(RandomPasswords.generate());
    }
}
