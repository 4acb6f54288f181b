package org.staffroom.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.resources.DictionaryUtil;
import org.springframework.stereotype.Component;
import org.staffroom.base.config.StaffroomProperties;

/**
 * The one rule set for every password a person or an administrator sets (ASVS 6.2):
 * 12 to 128 characters in any script, no composition rules, not one of the 100,000 most
 * common passwords (nbvcxz's list), not containing the person's name or e-mail name, and not
 * guessable in fewer than {@value #MIN_GUESSES} guesses by nbvcxz's estimate. The estimate
 * knows the product's and the school's name, the person's names, and common German words and
 * passwords besides nbvcxz's English ones. The strength hint comes from the same estimate,
 * so the hint and the rule always agree.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** zxcvbn's score 3: guessing takes at least this many tries. */
    public static final long MIN_GUESSES = 100_000_000L;
    // Shorter parts ("Li", "Al") would reject too many good passwords by accident.
    private static final int MIN_PERSONAL_WORD_LENGTH = 3;
    private static final String GERMAN_PASSWORDS = "security/german-passwords.txt";

    private final Set<String> commonPasswords;
    private final List<Dictionary> dictionaries;

    PasswordPolicy(StaffroomProperties properties) {
        // The list keeps the case it was collected in; people's passwords are compared in lower case.
        this.commonPasswords = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords).keySet().stream()
                .map(word -> word.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        List<Dictionary> all = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        all.add(new DictionaryBuilder().setDictionaryName("german").addWords(germanPasswords(), 0).createDictionary());
        List<String> context = new ArrayList<>(List.of("staffroom"));
        context.addAll(words(properties.organisationName()));
        all.add(new DictionaryBuilder().setDictionaryName("context").setExclusion(true).addWords(context, 0)
                .createDictionary());
        this.dictionaries = List.copyOf(all);
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
        if (strength(password, person).compareTo(Strength.GOOD) < 0) {
            return Optional.of(new Violation("security.password.guessable"));
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

    /** A hint shown while typing, from the same estimate as the rule: below GOOD is refused. */
    public Strength strength(String password, Person person) {
        if (password == null || password.isEmpty()) {
            return Strength.VERY_WEAK;
        }
        BigDecimal guesses = estimator(person).estimate(password).getGuesses();
        return Arrays.stream(Strength.values()).filter(step -> guesses.compareTo(step.belowGuesses) < 0).findFirst()
                .orElse(Strength.STRONG);
    }

    // The person's names and e-mail are the words an attacker who knows them tries first.
    private Nbvcxz estimator(Person person) {
        List<Dictionary> withPerson = new ArrayList<>(dictionaries);
        withPerson.add(new DictionaryBuilder().setDictionaryName("person").setExclusion(true)
                .addWords(person.personalWords().toList(), 0).createDictionary());
        // Only the guesses are used, never nbvcxz's feedback texts, so their language does not matter.
        return new Nbvcxz(new ConfigurationBuilder().setLocale(Locale.ENGLISH).setDictionaries(withPerson)
                .createConfiguration());
    }

    private static List<String> germanPasswords() {
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(GERMAN_PASSWORDS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A name such as "Gymnasium am Rosenberg" as the words an attacker would try: each, and all in one. */
    private static List<String> words(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String lowerCase = name.strip().toLowerCase(Locale.ROOT);
        return Stream.concat(Stream.of(lowerCase.replaceAll("\\s+", "")), Arrays.stream(lowerCase.split("\\s+")))
                .filter(word -> word.length() >= MIN_PERSONAL_WORD_LENGTH).toList();
    }

    /** zxcvbn's five steps by the number of guesses; the views show {@link #messageKey()} translated. */
    public enum Strength {
        VERY_WEAK(1_000), WEAK(1_000_000), FAIR(MIN_GUESSES), GOOD(10_000_000_000L), STRONG(Long.MAX_VALUE);

        private final BigDecimal belowGuesses;

        Strength(long belowGuesses) {
            this.belowGuesses = BigDecimal.valueOf(belowGuesses);
        }

        /** The translation key of the label shown to the person. */
        public String messageKey() {
            return "security.password.strength." + name();
        }
    }
}
