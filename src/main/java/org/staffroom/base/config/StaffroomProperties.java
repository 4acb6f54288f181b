package org.staffroom.base.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every Staffroom setting and its default, in one place (the README's configuration table
 * lists the same). Each can also be given as an environment variable, e.g.
 * {@code STAFFROOM_ADMIN_EMAIL} for {@code staffroom.admin.email}.
 *
 * @param embeddedDb the embedded MariaDB, used when no {@code spring.datasource.url} is set
 * @param admin the first administrator, created only when there are no accounts at all
 * @param sampleData the first-look data for a fresh database
 * @param sessionTimeout how long a session may stay idle
 * @param sessionMaxAge how long a session may last, however busy
 * @param secureCookie whether the session cookie is sent over HTTPS only (set behind TLS)
 * @param organisationName the school's name; passwords made of it count as easy to guess
 * @param trustedProxies the proxies whose {@code X-Forwarded-For} is believed: addresses or CIDR ranges
 * @param dbWait how long a start waits for the database to answer before giving up
 * @param dbQueryTimeout how long one statement may run before the server stops it
 * @param backup the nightly backup, off unless a directory is set
 * @param secretKey the app's secret (Base64), see {@link AppSecret}; generated for the embedded database
 * @param publicUrl the address people open, e.g. {@code https://staffroom.school.example}; passkeys are
 *     bound to its host. Unset means {@code http://localhost:<port>}
 * @param mfaRequiredFor who must have a second factor (a passkey or an authenticator app)
 * @param securityLogRetention how long the security log keeps an event
 * @param historyRetention how long the history of staff and subject groups keeps a change
 * @param staffImport what a staff import may upload
 */
@ConfigurationProperties("staffroom")
public record StaffroomProperties(
        @DefaultValue EmbeddedDb embeddedDb,
        @DefaultValue Admin admin,
        @DefaultValue SampleData sampleData,
        @DefaultValue("30m") Duration sessionTimeout,
        @DefaultValue("12h") Duration sessionMaxAge,
        @DefaultValue("false") boolean secureCookie,
        @DefaultValue("") String organisationName,
        @DefaultValue List<String> trustedProxies,
        @DefaultValue("30s") Duration dbWait,
        @DefaultValue("10s") Duration dbQueryTimeout,
        @DefaultValue Backup backup,
        @DefaultValue("") String secretKey,
        @DefaultValue("") String publicUrl,
        @DefaultValue("ADMIN") MfaRequiredFor mfaRequiredFor,
        @DefaultValue("365d") Duration securityLogRetention,
        @DefaultValue("730d") Duration historyRetention,
        @DefaultValue StaffImport staffImport) {

    /** Who must sign in with a second factor; everyone else may opt in. */
    public enum MfaRequiredFor { ADMIN, ALL, NONE }

    /**
     * @param dataDir where the server keeps its data; its binaries go next to it
     * @param port the port on 127.0.0.1; 0 picks a free one
     * @param database the schema Staffroom uses
     * @param bufferPoolSize InnoDB's buffer pool, in MariaDB's notation
     */
    public record EmbeddedDb(
            @DefaultValue("data/mariadb") Path dataDir,
            @DefaultValue("3307") int port,
            @DefaultValue("staffroom") String database,
            @DefaultValue("64M") String bufferPoolSize) {
    }

    /**
     * @param maxFileSize the largest file; larger ones are refused before they are read
     * @param maxRows the most rows under the header
     */
    public record StaffImport(@DefaultValue("5MB") DataSize maxFileSize, @DefaultValue("10000") int maxRows) {
    }

    /**
     * @param email the first administrator's sign-in name
     * @param password their initial password; when unset a random one is printed once
     */
    public record Admin(@DefaultValue("admin@school.example") String email, @DefaultValue("") String password) {
    }

    /**
     * @param dir where the nightly backups go; unset means no nightly backup
     * @param keep how many of them are kept; older ones are deleted
     * @param cron when it runs, as a Spring cron expression in the server's time zone
     */
    public record Backup(Path dir, @DefaultValue("14") int keep, @DefaultValue("0 30 2 * * *") String cron) {
    }

    /** @param enabled on or off; unset means on with the embedded database only */
    public record SampleData(Boolean enabled) {
    }
}
