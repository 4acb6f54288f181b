package org.staffroom;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** What an authenticator app shows for a key read off the enrolment screen, as a test computes it. */
public final class TotpCodes {

    private final SecretKeySpec key;
    private final TimeBasedOneTimePasswordGenerator codes = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30));

    private TotpCodes(String base32Key) {
        this.key = new SecretKeySpec(new Base32().decode(base32Key.replace(" ", "")), "HmacSHA1");
    }

    /** For the key as the screen shows it, in groups of four. */
    public static TotpCodes forKey(String shownKey) {
        return new TotpCodes(shownKey);
    }

    /** The code of the 30-second step {@code stepsFromNow} steps away (-1 is the previous one). */
    public String code(int stepsFromNow) {
        try {
            return codes.generateOneTimePasswordString(key, Instant.now().plusSeconds(30L * stepsFromNow), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A code of the right shape that the app shows at none of the three steps the server accepts. */
    public String wrongCode() {
        for (int candidate = 0; ; candidate++) {
            String code = String.format(Locale.ROOT, "%06d", candidate);
            if (!code.equals(code(-1)) && !code.equals(code(0)) && !code.equals(code(1))) {
                return code;
            }
        }
    }
}
