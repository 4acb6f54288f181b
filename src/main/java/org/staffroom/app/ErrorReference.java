package org.staffroom.app;

import java.security.SecureRandom;

/**
 * A short code that names one unexpected error, such as {@code 7F3K-2Q}: a person reads it
 * out, an administrator finds it in the log next to the full exception. Crockford's alphabet
 * has no 0/O or 1/I/L to confuse.
 */
final class ErrorReference {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    static String next() {
        var reference = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}
