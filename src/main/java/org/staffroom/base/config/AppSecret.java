package org.staffroom.base.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The app's own secret ({@code staffroom.secret-key}): what second-factor secrets are
 * encrypted with and recovery codes are keyed with. Every node of a cluster needs the same
 * one. Each use gets a key of its own, derived from it, so that no two uses share a key.
 */
public final class AppSecret {

    /** Where the embedded database's data directory keeps a generated secret. */
    public static final String FILE = "staffroom-secret.key";
    private static final int MINIMUM_BYTES = 32;

    private final byte[] secret;

    private AppSecret(byte[] secret) {
        if (secret.length < MINIMUM_BYTES) {
            throw new IllegalArgumentException("staffroom.secret-key must hold at least " + MINIMUM_BYTES
                    + " bytes in Base64 (e.g. `openssl rand -base64 32`)");
        }
        this.secret = secret;
    }

    /** The secret from the setting: Base64 of at least 32 random bytes. */
    public static AppSecret fromSetting(String base64) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("staffroom.secret-key is not Base64 (e.g. `openssl rand -base64 32`)");
        }
        return new AppSecret(secret);
    }

    /** The secret kept in {@code file}, generated there (owner-only) the first time. */
    public static AppSecret inFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] random = new byte[MINIMUM_BYTES];
            new SecureRandom().nextBytes(random);
            OwnerOnlyFile.write(file, Base64.getEncoder().encodeToString(random));
        }
        return fromSetting(Files.readString(file, StandardCharsets.US_ASCII));
    }

    /** A 256-bit key for one purpose only (HMAC-SHA256 of the purpose's name under the secret). */
    public SecretKeySpec keyFor(String purpose, String algorithm) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)), algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    @Override
    public String toString() {
        return "AppSecret[****]";
    }
}
