package org.staffroom.base.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The settings' defaults, the environment variables the README names, and the README's table. */
class StaffroomPropertiesTest {

    // A row of the README's configuration table: | `staffroom.x.y` | `default` | meaning |
    private static final Pattern README_ROW = Pattern.compile("^\\| `(staffroom\\.[a-z.-]+)` \\| `?([^`|]*?)`? \\|", Pattern.MULTILINE);

    @Test
    void defaultsNeedNoConfiguration() {
        StaffroomProperties defaults = bind(Map.of());
        assertThat(defaults.embeddedDb().dataDir()).isEqualTo(Path.of("data/mariadb"));
        assertThat(defaults.embeddedDb().port()).isEqualTo(3307);
        assertThat(defaults.admin().email()).isEqualTo("admin@school.example");
        assertThat(defaults.admin().password()).as("no default password").isEmpty();
        assertThat(defaults.sampleData().enabled()).as("decided by the kind of database").isNull();
        assertThat(defaults.sessionTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(defaults.secureCookie()).isFalse();
    }

    @Test
    void theEnvironmentVariablesTheReadmeNamesSetThem() {
        StaffroomProperties set = bind(Map.of("STAFFROOM_SECURE_COOKIE", "true", "STAFFROOM_SESSION_TIMEOUT", "1m",
                "STAFFROOM_ADMIN_EMAIL", "head@school.example", "STAFFROOM_SAMPLE_DATA_ENABLED", "false",
                "STAFFROOM_EMBEDDED_DB_DATA_DIR", "/srv/staffroom/db", "STAFFROOM_DB_WAIT", "5s",
                "STAFFROOM_DB_QUERY_TIMEOUT", "3s"));
        assertThat(set.dbWait()).isEqualTo(Duration.ofSeconds(5));
        assertThat(set.dbQueryTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(set.secureCookie()).isTrue();
        assertThat(set.sessionTimeout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(set.admin().email()).isEqualTo("head@school.example");
        assertThat(set.sampleData().enabled()).isFalse();
        assertThat(set.embeddedDb().dataDir()).isEqualTo(Path.of("/srv/staffroom/db"));
    }

    @Test
    void theReadmeTableListsEverySettingWithItsDefault() throws IOException {
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher row = README_ROW.matcher(Files.readString(Path.of("README.md")));
        while (row.find()) {
            documented.put(row.group(1), row.group(2).strip());
        }
        StaffroomProperties defaults = bind(Map.of());
        assertThat(documented).containsOnlyKeys("staffroom.embedded-db.data-dir", "staffroom.embedded-db.port",
                "staffroom.embedded-db.database", "staffroom.embedded-db.buffer-pool-size", "staffroom.db-wait",
                "staffroom.db-query-timeout", "staffroom.backup.dir", "staffroom.backup.keep", "staffroom.backup.cron",
                "staffroom.admin.email",
                "staffroom.admin.password", "staffroom.sample-data.enabled", "staffroom.session-timeout",
                "staffroom.session-max-age", "staffroom.secure-cookie", "staffroom.organisation-name", "staffroom.trusted-proxies",
                "staffroom.secret-key", "staffroom.public-url", "staffroom.mfa-required-for",
                "staffroom.security-log-retention", "staffroom.history-retention", "staffroom.staff-import.max-file-size",
                "staffroom.staff-import.max-rows");
        assertThat(documented).containsEntry("staffroom.embedded-db.data-dir", defaults.embeddedDb().dataDir().toString())
                .containsEntry("staffroom.embedded-db.port", String.valueOf(defaults.embeddedDb().port()))
                .containsEntry("staffroom.embedded-db.database", defaults.embeddedDb().database())
                .containsEntry("staffroom.embedded-db.buffer-pool-size", defaults.embeddedDb().bufferPoolSize())
                .containsEntry("staffroom.db-wait", defaults.dbWait().toSeconds() + "s")
                .containsEntry("staffroom.db-query-timeout", defaults.dbQueryTimeout().toSeconds() + "s")
                .containsEntry("staffroom.backup.keep", String.valueOf(defaults.backup().keep()))
                .containsEntry("staffroom.backup.cron", defaults.backup().cron())
                .containsEntry("staffroom.admin.email", defaults.admin().email())
                .containsEntry("staffroom.mfa-required-for", defaults.mfaRequiredFor().name())
                .containsEntry("staffroom.security-log-retention", defaults.securityLogRetention().toDays() + "d")
                .containsEntry("staffroom.history-retention", defaults.historyRetention().toDays() + "d")
                .containsEntry("staffroom.staff-import.max-file-size", defaults.staffImport().maxFileSize().toMegabytes() + "MB")
                .containsEntry("staffroom.staff-import.max-rows", String.valueOf(defaults.staffImport().maxRows()))
                .containsEntry("staffroom.session-timeout", defaults.sessionTimeout().toMinutes() + "m")
                .containsEntry("staffroom.session-max-age", defaults.sessionMaxAge().toHours() + "h")
                .containsEntry("staffroom.secure-cookie", String.valueOf(defaults.secureCookie()));
    }

    private static StaffroomProperties bind(Map<String, Object> environmentVariables) {
        var environment = new StandardEnvironment();
        // Named as Spring names the real one, so the same name mapping applies (STAFFROOM_A_B -> staffroom.a.b).
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        environmentVariables));
        return Binder.get(environment).bindOrCreate("staffroom", StaffroomProperties.class);
    }
}
