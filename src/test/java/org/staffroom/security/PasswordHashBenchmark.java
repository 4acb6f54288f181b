package org.staffroom.security;

import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What one password hash costs: Argon2id as Staffroom sets it against the bcrypt it replaced,
 * each hashed in turn, medians of 21 after 5 warm-up rounds. Run with
 * {@code ./mvnw test -Dtest=PasswordHashBenchmark -Dsurefire.excludedGroups=none}.
 */
@Tag("benchmark")
class PasswordHashBenchmark {

    private static final int WARM_UP = 5;
    private static final int ROUNDS = 21;

    @Test
    void printsTheTimePerHash() {
        double argon2 = medianMillis(PasswordHashing.argon2id());
        double bcrypt = medianMillis(new BCryptPasswordEncoder());
        System.out.printf("%npassword hash, median of %d (ms): argon2id m=%d KiB t=%d p=1: %.1f | bcrypt cost 10: %.1f"
                + " | ratio argon2id/bcrypt: %.2f%n%n", ROUNDS, PasswordHashing.MEMORY_KIB, PasswordHashing.ITERATIONS,
                argon2, bcrypt, argon2 / bcrypt);
    }

    private static double medianMillis(PasswordEncoder encoder) {
        String password = "lichen quartz tuba meadow 1804";
        double[] millis = new double[ROUNDS];
        for (int i = -WARM_UP; i < ROUNDS; i++) {
            long start = System.nanoTime();
            encoder.encode(password);
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        return millis[ROUNDS / 2];
    }
}
