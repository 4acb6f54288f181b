package org.staffroom.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.staffroom.base.config.AppSecret;

/**
 * Ten one-time codes for when the authenticator app is lost. Each has 60 random bits, shown
 * once as {@code XXXX-XXXX-XXXX} in letters and digits that cannot be mistaken for each other.
 * The database keeps only an HMAC under the app's secret, so a copy of the database alone is
 * not enough to try them offline.
 */
@Component
class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final SecretKeySpec key;

    RecoveryCodes(JdbcTemplate jdbc, AppSecret appSecret) {
        this.jdbc = jdbc;
        this.key = appSecret.keyFor("recovery-codes", "HmacSHA256");
    }

    /** Replaces the account's codes with ten new ones, returned once and never stored as such. */
    List<String> replace(long accountId) {
        jdbc.update("DELETE FROM recovery_code WHERE account_id = ?", accountId);
        List<String> codes = new ArrayList<>();
        while (codes.size() < COUNT) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < LENGTH; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String plain = code.toString();
            if (!codes.contains(plain)) {
                codes.add(plain);
                jdbc.update("INSERT INTO recovery_code (account_id, code_hash) VALUES (?, ?)", accountId,
                        hash(accountId, plain));
            }
        }
        return codes.stream().map(RecoveryCodes::grouped).toList();
    }

    /** Uses up {@code code} if it is one of the account's unused codes; spaces, dashes and case do not matter. */
    boolean use(long accountId, String code) {
        String plain = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (plain.length() != LENGTH) {
            return false;
        }
        return jdbc.update("UPDATE recovery_code SET used_at = NOW(6) WHERE account_id = ? AND code_hash = ? "
                + "AND used_at IS NULL", accountId, hash(accountId, plain)) == 1;
    }

    int remaining(long accountId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM recovery_code WHERE account_id = ? AND used_at IS NULL",
                Integer.class, accountId);
    }

    void remove(long accountId) {
        jdbc.update("DELETE FROM recovery_code WHERE account_id = ?", accountId);
    }

    private String hash(long accountId, String plain) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((accountId + ":" + plain).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    private static String grouped(String plain) {
        return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
    }
}
