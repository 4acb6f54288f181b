package org.staffroom.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.staffroom.TestAccounts;
import org.staffroom.base.config.StaffroomProperties;
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
    void aNodeThatFoundTheDatabaseEmptyButLostTheRaceStartsWithoutASecondAdministrator(
            @Autowired StaffRepository repository, @Autowired StaffroomProperties properties) {
        // As if another node created the administrator between this node's check and its insert.
        StaffRepository sawItEmpty = (StaffRepository) java.lang.reflect.Proxy.newProxyInstance(
                StaffRepository.class.getClassLoader(), new Class<?>[] {StaffRepository.class}, new java.lang.reflect.InvocationHandler() {
                    private boolean checked;

                    @Override
                    public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] arguments) throws Throwable {
                        if (method.getName().equals("count") && !checked) {
                            checked = true;
                            return 0L;
                        }
                        try {
                            return method.invoke(repository, arguments);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
        Staff before = accounts.findByEmail(TestAccounts.ADMIN_EMAIL);

        new FirstAdministrator(sawItEmpty, passwordEncoder, properties).run(new DefaultApplicationArguments());

        assertThat(repository.findAll().stream().filter(staff -> staff.getEmail().equals(TestAccounts.ADMIN_EMAIL)))
                .hasSize(1);
        assertThat(accounts.findByEmail(TestAccounts.ADMIN_EMAIL).getPasswordHash()).isEqualTo(before.getPasswordHash());
    }

    @Test
    void generatedPasswordsAreLongAndDifferEachTime() {
        String first = RandomPasswords.generate();
        assertThat(first).hasSize(20).isNotEqualTo(RandomPasswords.generate());
    }
}
