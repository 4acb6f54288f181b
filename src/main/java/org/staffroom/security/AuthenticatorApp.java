package org.staffroom.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.staffroom.base.config.AppSecret;

/**
 * Authenticator apps (RFC 6238: six digits, 30-second steps, HMAC-SHA1 as every app knows
 * it). The secret is stored AES-GCM encrypted and bound to its account; a code is accepted
 * one step early or late, and each step works once: the database remembers the last one used.
 */
@Component
class AuthenticatorApp {

    static final Duration STEP = Duration.ofSeconds(30);
    static final String ISSUER = "Staffroom";
    private static final int SECRET_BYTES = 20;
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(AuthenticatorApp.class);

    private final JdbcTemplate jdbc;
    private final SecretKeySpec encryption;
    private final Clock clock;
    private final TimeBasedOneTimePasswordGenerator codes = new TimeBasedOneTimePasswordGenerator(STEP);

    AuthenticatorApp(JdbcTemplate jdbc, AppSecret appSecret, Clock clock) {
        this.jdbc = jdbc;
        this.encryption = appSecret.keyFor("totp-secret", "AES");
        this.clock = clock;
    }

    /** A secret to scan or type, not yet in use: {@link #confirm} turns it on. */
    record Enrolment(String secret, String uri) {
    }

    /** Starts (or starts over) setting up an app; an app already confirmed stays until removed. */
    Enrolment begin(long accountId, String accountName) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        int stored = jdbc.update("INSERT INTO totp_factor (account_id, secret, created_at) VALUES (?, ?, NOW(6)) "
                + "ON DUPLICATE KEY UPDATE secret = IF(confirmed_at IS NULL, VALUES(secret), secret), "
                + "created_at = IF(confirmed_at IS NULL, VALUES(created_at), created_at)",
                accountId, encrypt(accountId, secret));
        if (stored == 0 || isEnrolled(accountId)) {
            throw new IllegalStateException("An authenticator app is already set up for this account");
        }
        String base32 = new Base32().encodeToString(secret).replace("=", "");
        String label = URLEncoder.encode(ISSUER + ":" + accountName, StandardCharsets.UTF_8).replace("+", "%20");
        return new Enrolment(base32, "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds());
    }

    /** Turns the app on when {@code code} is right for the secret being set up. */
    boolean confirm(long accountId, String code) {
        if (!use(accountId, code, false)) {
            return false;
        }
        jdbc.update("UPDATE totp_factor SET confirmed_at = NOW(6) WHERE account_id = ?", accountId);
        return true;
    }

    /** Whether {@code code} is right for the account's app now, and not used before. */
    boolean accepts(long accountId, String code) {
        return use(accountId, code, true);
    }

    boolean isEnrolled(long accountId) {
        return !jdbc.queryForList("SELECT 1 FROM totp_factor WHERE account_id = ? AND confirmed_at IS NOT NULL",
                Integer.class, accountId).isEmpty();
    }

    void remove(long accountId) {
        jdbc.update("DELETE FROM totp_factor WHERE account_id = ?", accountId);
    }

    private boolean use(long accountId, String code, boolean confirmed) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("[0-9]{6}")) {
            return false;
        }
        Optional<byte[]> secret = secret(accountId, confirmed);
        if (secret.isEmpty()) {
            return false;
        }
        var key = new SecretKeySpec(secret.get(), codes.getAlgorithm());
        long now = clock.instant().getEpochSecond() / STEP.toSeconds();
        for (long step = now - 1; step <= now + 1; step++) {
            if (digits.equals(codeAt(key, step))) {
                // The step moves forward once: a replayed code, here or on another node, changes no row.
                return jdbc.update("UPDATE totp_factor SET last_used_step = ? WHERE account_id = ? "
                        + "AND last_used_step < ?", step, accountId, step) == 1;
            }
        }
        return false;
    }

    private String codeAt(SecretKeySpec key, long step) {
        try {
            return codes.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<byte[]> secret(long accountId, boolean confirmed) {
        List<byte[]> found = jdbc.queryForList("SELECT secret FROM totp_factor WHERE account_id = ? AND "
                + (confirmed ? "confirmed_at IS NOT NULL" : "confirmed_at IS NULL"), byte[].class, accountId);
        try {
            return found.stream().findFirst().map(encrypted -> decrypt(accountId, encrypted));
        } catch (IllegalStateException otherKey) {
            // Restored without its key: no code can be right, and an administrator resets the factor.
            log.error("Authenticator app of account {} cannot be used: {}", accountId, otherKey.getMessage());
            return Optional.empty();
        }
    }

    private byte[] encrypt(long accountId, byte[] secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryption, new GCMParameterSpec(128, iv));
            cipher.updateAAD(accountIdBytes(accountId));
            byte[] sealed = cipher.doFinal(secret);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this JDK", e);
        }
    }

    // Bound to its account: a secret copied to another account's row does not decrypt.
    private byte[] decrypt(long accountId, byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryption, new GCMParameterSpec(128, stored, 0, IV_BYTES));
            cipher.updateAAD(accountIdBytes(accountId));
            return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An authenticator-app secret does not decrypt: staffroom.secret-key "
                    + "differs from the one it was stored with", e);
        }
    }

    private static byte[] accountIdBytes(long accountId) {
        return ByteBuffer.allocate(Long.BYTES).putLong(accountId).array();
    }
}
