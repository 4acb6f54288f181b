package org.staffroom.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.DictionaryUtil;
import org.springframework.stereotype.Component;
import org.staffroom.staff.Staff;

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
        this.estimator = new Nbvcxz(new ConfigurationBuilder().setLocale(Locale.ENGLISH).createConfiguration());
    }

    /** Whose password it is: their name and e-mail must not be part of it. */
    public record Person(String email, String firstName, String lastName) {

        public static Person of(Staff staff) {
            return new Person(staff.getEmail(), staff.getFirstName(), staff.getLastName());
        }

        Stream<String> personalWords() {
            String localPart = email == null ? "" : email.substring(0, Math.max(0, email.indexOf('@')));
            return Stream.concat(Stream.of(localPart, firstName, lastName), Stream.of(localPart.split("[._+-]")))
                    .filter(word -> word != null && word.strip().length() >= MIN_PERSONAL_WORD_LENGTH)
                    .map(word -> word.strip().toLowerCase(Locale.ROOT));
        }
    }

    /** The first rule the password breaks, as a message for the person, or empty. */
    public Optional<String> violation(String password, Person person) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters. A few unrelated words make a good one.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String lowerCase = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lowerCase)) {
            return Optional.of("This password is one of the most common ones. Choose another.");
        }
        if (person.personalWords().anyMatch(lowerCase::contains)) {
            return Optional.of("The password must not contain your name or e-mail address.");
        }
        return Optional.empty();
    }

    /** A hint shown while typing; it never blocks a password the rules accept. */
    public Strength strength(String password) {
        if (password == null || password.isEmpty()) {
            return Strength.VERY_WEAK;
        }
        return Strength.values()[estimator.estimate(password).getBasicScore()];
    }

    public enum Strength {
        VERY_WEAK("Very weak"), WEAK("Weak"), FAIR("Fair"), GOOD("Good"), STRONG("Strong");

        private final String label;

        Strength(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
