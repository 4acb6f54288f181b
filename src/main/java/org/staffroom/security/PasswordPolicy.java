package org.staffroom.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.DictionaryUtil;
import org.springframework.stereotype.Component;

/**
 * The one rule set for every password a person or an administrator sets (ASVS 6.2):
 * 12 to 128 characters, no composition rules, not one of the 100,000 most common
 * passwords (nbvcxz's list), and not containing the person's name or e-mail name.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    // Shorter parts ("Li", "Al") would reject too many good passwords by accident.
    private static final int MIN_PERSONAL_WORD_LENGTH = 3;

    private final Set<String> commonPasswords;
    private final Nbvcxz estimator;

    PasswordPolicy() {
        this.commonPasswords = Set.copyOf(DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords).keySet());
        // Only the score is used, never nbvcxz's feedback texts, so their language does not matter.
        this.estimator = new Nbvcxz(new ConfigurationBuilder().setLocale(Locale.ENGLISH).createConfiguration());
    }

    /** Whose password it is: their name and e-mail must not be part of it. */
    public record Person(String email, String firstName, String lastName) {

        Stream<String> personalWords() {
            String localPart = email == null ? "" : email.substring(0, Math.max(0, email.indexOf('@')));
            return Stream.concat(Stream.of(localPart, firstName, lastName), Stream.of(localPart.split("[._+-]")))
                    .filter(word -> word != null && word.strip().length() >= MIN_PERSONAL_WORD_LENGTH)
                    .map(word -> word.strip().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * A broken rule, as the translation key of what the person is told and the key's
     * arguments (the length limit for the length rules). The policy never translates.
     */
    public record Violation(String messageKey, Object... arguments) {

        // A record compares array components by identity; a violation is a value.
        @Override
        public boolean equals(Object other) {
            return other instanceof Violation that && messageKey.equals(that.messageKey)
                    && Arrays.equals(arguments, that.arguments);
        }

        @Override
        public int hashCode() {
            return 31 * messageKey.hashCode() + Arrays.hashCode(arguments);
        }

        @Override
        public String toString() {
            return "Violation[" + messageKey + ", " + Arrays.toString(arguments) + "]";
        }
    }

    /** The first rule the password breaks, or empty. */
    public Optional<Violation> violation(String password, Person person) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new Violation("security.password.too-short", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new Violation("security.password.too-long", MAX_LENGTH));
        }
        String lowerCase = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lowerCase)) {
            return Optional.of(new Violation("security.password.common"));
        }
        if (person.personalWords().anyMatch(lowerCase::contains)) {
            return Optional.of(new Violation("security.password.personal"));
        }
        return Optional.empty();
    }

    /**
     * Refuses a password that breaks a rule.
     *
     * @throws WeakPasswordException naming the first rule it breaks
     */
    public void require(String password, Person person) {
        violation(password, person).ifPresent(violation -> {
            throw new WeakPasswordException(violation);
        });
    }

    /** A hint shown while typing; it never blocks a password the rules accept. */
    public Strength strength(String password) {
        if (password == null || password.isEmpty()) {
            return Strength.VERY_WEAK;
        }
        return Strength.values()[estimator.estimate(password).getBasicScore()];
    }

    /** The estimate's five steps; the views show {@link #messageKey()} translated. */
    public enum Strength {
        VERY_WEAK, WEAK, FAIR, GOOD, STRONG;

        /** The translation key of the label shown to the person. */
        public String messageKey() {
            return "security.password.strength." + name();
        }
    }
}
