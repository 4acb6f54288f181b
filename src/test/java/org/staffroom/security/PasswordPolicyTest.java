package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.staffroom.security.PasswordPolicy.Violation;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();
    private static final PasswordPolicy.Person ADA = new PasswordPolicy.Person("ada.lovelace@school.example", "Ada", "Lovelace");

    @Test
    void acceptsTwelveToOneHundredTwentyEightCharactersWithoutCompositionRules() {
        assertThat(POLICY.violation("river tulip ocean", ADA)).isEmpty();
        assertThat(POLICY.violation("riverstulips", ADA)).isEmpty();
        assertThat(POLICY.violation("b".repeat(10) + "x".repeat(54), ADA)).isEmpty();
        assertThat(POLICY.violation("y".repeat(128), ADA)).isEmpty();
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
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // Eleven emoji are 22 UTF-16 units but only eleven characters.
        assertThat(POLICY.violation("🙂".repeat(11), ADA).map(Violation::messageKey))
                .contains("security.password.too-short");
        assertThat(POLICY.violation("Grüße, 王小明 🙂", ADA)).isEmpty();
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
    void strengthHintGrowsWithTheGuessingEffort() {
        assertThat(POLICY.strength("aaaaaaaaaaaa")).isIn(PasswordPolicy.Strength.VERY_WEAK, PasswordPolicy.Strength.WEAK);
        assertThat(POLICY.strength("violet anchor murmur pretzel")).isEqualTo(PasswordPolicy.Strength.STRONG);
    }

    @Test
    void strengthLabelsAreTranslationKeys() {
        assertThat(PasswordPolicy.Strength.VERY_WEAK.messageKey()).isEqualTo("security.password.strength.VERY_WEAK");
        assertThat(PasswordPolicy.Strength.STRONG.messageKey()).isEqualTo("security.password.strength.STRONG");
    }
}
