package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.HexFormat;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.staffroom.KillableDatabase;
import org.staffroom.TotpCodes;
import org.staffroom.base.config.AppSecret;
import org.staffroom.staff.Staff;
import org.staffroom.staff.TestStaffAccounts;

/** How authenticator-app secrets and recovery codes are kept in MariaDB. */
@SpringBootTest
@Tag("persistence")
class AuthenticatorAppTest {

    @Autowired
    AuthenticatorApp apps;

    @Autowired
    RecoveryCodes recoveryCodes;

    @Autowired
    TestStaffAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSecretIsStoredEncryptedAndBoundToItsAccount() {
        Staff owner = accounts.create("encrypted", Role.STAFF);
        Staff other = accounts.create("copied-to", Role.STAFF);
        AuthenticatorApp.Enrolment enrolment = apps.begin(owner.getId(), owner.getEmail());
        TotpCodes app = TotpCodes.forKey(enrolment.secret());
        assertThat(apps.confirm(owner.getId(), app.code(0))).isTrue();

        byte[] stored = jdbc.queryForObject("SELECT secret FROM totp_factor WHERE account_id = ?", byte[].class,
                owner.getId());
        String rawHex = HexFormat.of().formatHex(new Base32().decode(enrolment.secret()));
        assertThat(HexFormat.of().formatHex(stored)).doesNotContain(rawHex);

        // The row copied to another account (a database-level tampering) gives that account nothing.
        jdbc.update("INSERT INTO totp_factor (account_id, secret, created_at, confirmed_at) "
                + "SELECT ?, secret, created_at, confirmed_at FROM totp_factor WHERE account_id = ?",
                other.getId(), owner.getId());
        assertThat(apps.accepts(other.getId(), app.code(1))).isFalse();
        assertThat(apps.accepts(owner.getId(), app.code(1))).isTrue();
    }

    @Test
    void restoredWithoutItsKeyAnAppRefusesCodesInsteadOfFailing() {
        Staff person = accounts.create("other-key", Role.STAFF);
        TotpCodes app = TotpCodes.forKey(apps.begin(person.getId(), person.getEmail()).secret());
        assertThat(apps.confirm(person.getId(), app.code(0))).isTrue();
        var withAnotherKey = new AuthenticatorApp(jdbc, AppSecret.fromSetting(KillableDatabase.randomSecretKey()),
                Clock.systemUTC());
        assertThat(withAnotherKey.accepts(person.getId(), app.code(1))).isFalse();
    }

    @Test
    void recoveryCodesAreStoredAsKeyedHashesAndWorkOnceEach() {
        Staff person = accounts.create("recovery", Role.STAFF);
        var codes = recoveryCodes.replace(person.getId());
        assertThat(codes).hasSize(RecoveryCodes.COUNT);
        var stored = jdbc.queryForList("SELECT code_hash FROM recovery_code WHERE account_id = ?", String.class,
                person.getId());
        assertThat(stored).hasSize(RecoveryCodes.COUNT).allMatch(hash -> hash.matches("[0-9a-f]{64}"))
                .noneMatch(hash -> codes.stream().anyMatch(code -> hash.contains(code.replace("-", ""))));
        assertThat(recoveryCodes.use(person.getId(), codes.get(0).toLowerCase().replace("-", " "))).isTrue();
        assertThat(recoveryCodes.use(person.getId(), codes.get(0))).as("once").isFalse();
        assertThat(recoveryCodes.remaining(person.getId())).isEqualTo(RecoveryCodes.COUNT - 1);
        recoveryCodes.replace(person.getId());
        assertThat(recoveryCodes.use(person.getId(), codes.get(1))).as("new codes replace the old").isFalse();
    }
}
