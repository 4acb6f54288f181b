package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.staffroom.base.config.StaffroomProperties;
import org.staffroom.security.PasswordPolicy.Violation;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy(new StaffroomProperties(null, null, null,
            Duration.ofMinutes(30), Duration.ofHours(12), false, "Gymnasium am Rosenberg", List.of(), null, null, null, "", "",
            StaffroomProperties.MfaRequiredFor.ADMIN, Duration.ofDays(365), Duration.ofDays(730), null));
    private static final PasswordPolicy.Person ADA = new PasswordPolicy.Person("ada.lovelace@school.example", "Ada", "Lovelace");

    /** Words with digits, years, keyboard runs, German words, the product's and the school's name. */
    static final List<String> GUESSABLE = List.of(
            "password123456", "Password2026!", "passw0rd2026", "iloveyou2024", "letmein12345", "welcome12345",
            "qwertyuiop12", "qwertzuiop123", "1q2w3e4r5t6y", "asdfghjkl123", "zaq12wsxcde3", "123456789012",
            "abcdefghijkl", "aaaaaaaaaaaa", "Sommer2026!!", "Passwort1234", "Hallo1234567", "Schatz2025!!",
            "Fussball1999", "Mathematik2026", "Dezember2025", "Montag123456", "Geheim123456", "Sonnenschein1",
            "Deutschland2026", "Ichliebedich1", "Weihnachten2025", "Staffroom2026", "staffroom1234", "Rosenberg2026!",
            "Gymnasium2026", "Schule123456", "Lehrerzimmer1");

    /** Passphrases of a few unrelated words, in English, German and other scripts. */
    static final List<String> GOOD = List.of(
            "blue coffee mountain", "plum orbit cactus lantern 42", "tidal marble orchid 77",
            "saffron glacier pocket drum", "amber kettle signal 3107", "violet anchor murmur pretzel",
            "Tulpe Anker Geige Nebel", "Kaffee Wolke Fahrrad Tinte", "Hamster Regen Sofa Gitarre",
            "Grüße, 王小明 🙂", "月光下的小猫在屋顶上安静地睡觉");

    @ParameterizedTest
    @FieldSource("GUESSABLE")
    void refusesWhatIsGuessedInFewerThanAHundredMillionTries(String password) {
        assertThat(POLICY.violation(password, ADA)).as(password).isPresent();
        assertThat(POLICY.strength(password, ADA)).as("the hint agrees: %s", password)
                .isLessThan(PasswordPolicy.Strength.GOOD);
    }

    @ParameterizedTest
    @FieldSource("GOOD")
    void acceptsAFewUnrelatedWordsWithoutCompositionRules(String password) {
        assertThat(POLICY.violation(password, ADA)).as(password).isEmpty();
        assertThat(POLICY.strength(password, ADA)).as("the hint agrees: %s", password)
                .isGreaterThanOrEqualTo(PasswordPolicy.Strength.GOOD);
    }

    @Test
    void guessableIsSaidInThePersonsWords() {
        assertThat(POLICY.violation("Sommer2026!!", ADA).map(Violation::messageKey)).contains("security.password.guessable");
    }

    @Test
    void rejectsTooShortAndTooLong() {
        assertThat(POLICY.violation("elevenchars", ADA)).hasValueSatisfying(v -> {
            assertThat(v.messageKey()).isEqualTo("security.password.too-short");
            assertThat(v.arguments()).containsExactly(12);
        });
        assertThat(POLICY.violation("z".repeat(129), ADA)).hasValueSatisfying(v -> {
            assertThat(v.messageKey()).isEqualTo("security.password.too-long");
            assertThat(v.arguments()).containsExactly(128);
        });
        String longest = ("lichen quartz tuba meadow 1804 %+ ".repeat(4)).substring(0, 128);
        assertThat(POLICY.violation(longest, ADA)).isEmpty();
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // Eleven emoji are 22 UTF-16 units but only eleven characters.
        assertThat(POLICY.violation("🙂".repeat(11), ADA).map(Violation::messageKey))
                .contains("security.password.too-short");
    }

    @Test
    void rejectsCommonPasswordsInAnyCase() {
        assertThat(POLICY.violation("123qweasdzxc", ADA).map(Violation::messageKey)).contains("security.password.common");
        assertThat(POLICY.violation("123QWEASDZXC", ADA).map(Violation::messageKey)).contains("security.password.common");
    }

    @Test
    void rejectsPasswordsContainingTheNameOrEmail() {
        assertThat(POLICY.violation("my name is lovelace!", ADA).map(Violation::messageKey))
                .contains("security.password.personal");
        assertThat(POLICY.violation("ADA.LOVELACE rocks", ADA).map(Violation::messageKey))
                .contains("security.password.personal");
    }

    @Test
    void strengthLabelsAreTranslationKeys() {
        assertThat(PasswordPolicy.Strength.VERY_WEAK.messageKey()).isEqualTo("security.password.strength.VERY_WEAK");
        assertThat(PasswordPolicy.Strength.STRONG.messageKey()).isEqualTo("security.password.strength.STRONG");
    }
}
