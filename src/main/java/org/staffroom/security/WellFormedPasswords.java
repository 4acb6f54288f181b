package org.staffroom.security;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords as the hash functions can read them. Half a surrogate pair cannot be encoded
 * as UTF-8, and BouncyCastle's Argon2 throws on it; here it becomes U+FFFD, so such a
 * password is simply wrong at sign-in instead of a server error, and costs the same hash.
 */
final class WellFormedPasswords implements PasswordEncoder {

    private final PasswordEncoder delegate;

    WellFormedPasswords(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(wellFormed(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return delegate.matches(wellFormed(rawPassword), encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    static String wellFormed(CharSequence raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder result = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                result.append(c).append(raw.charAt(++i));
            } else {
                result.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return result.toString();
    }
}
