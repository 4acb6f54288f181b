package org.staffroom.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.staffroom.security.PasswordPolicy;
import org.staffroom.security.Role;
import org.staffroom.staff.StaffStatus;

/** Both languages are complete, and every key the code names exists. */
class TranslationsTest {

    static final java.util.List<String> BUNDLES = Translations.BUNDLES;
    // MessageFormat's {0} in the app's bundles, Bean Validation's {max} in ValidationMessages.
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)[^}]*}");
    // A string literal that names a translation key, or a key prefix the code completes ("security.role." + name).
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:" + String.join("|", Translations.BUNDLES) + ")\\.[A-Za-z0-9_.-]+)\"");

    private final Translations translations = new Translations();

    @ParameterizedTest
    @FieldSource("BUNDLES")
    void germanHasExactlyTheEnglishKeysEachWithText(String bundle) throws IOException {
        // The files themselves: at run time German would silently fall back to English.
        Properties english = load("i18n/" + bundle + ".properties");
        Properties german = load("i18n/" + bundle + "_de.properties");
        assertThat(new TreeSet<>(german.stringPropertyNames())).as("keys in i18n/%s_de.properties", bundle)
                .containsExactlyInAnyOrderElementsOf(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertThat(key).startsWith(bundle + ".");
            assertThat(english.getProperty(key)).as("English %s", key).isNotBlank();
            assertThat(german.getProperty(key)).as("German %s", key).isNotBlank();
            assertThat(placeholders(german.getProperty(key))).as("placeholders of %s", key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void everyRoleStatusAndStrengthHasItsText() {
        Stream.of(Stream.of(Role.values()).map(Role::messageKey),
                        Stream.of(StaffStatus.values()).map(StaffStatus::messageKey),
                        Stream.of(PasswordPolicy.Strength.values()).map(PasswordPolicy.Strength::messageKey))
                .flatMap(keys -> keys)
                .forEach(key -> assertThat(translations.getTranslation(key, Translations.ENGLISH)).as(key)
                        .doesNotStartWith("!{"));
    }

    @Test
    void beanValidationSpeaksBothLanguagesToo() throws IOException {
        Properties english = load("ValidationMessages.properties");
        // Without an _en file Java would fall back to the server's default locale (German on a German server).
        assertThat(load("ValidationMessages_en.properties")).isEqualTo(english);
        Properties german = load("ValidationMessages_de.properties");
        assertThat(german.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        english.stringPropertyNames().forEach(key ->
                assertThat(placeholders(german.getProperty(key))).isEqualTo(placeholders(english.getProperty(key))));
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> known = BUNDLES.stream()
                .flatMap(bundle -> Translations.bundle(bundle, Translations.ENGLISH).keySet().stream())
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher literal = KEY_LITERAL.matcher(Files.readString(source));
                while (literal.find()) {
                    String key = literal.group(1);
                    boolean found = key.endsWith(".") ? known.stream().anyMatch(k -> k.startsWith(key)) : known.contains(key);
                    if (!found && !isPackageName(key)) {
                        missing.add(key + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys named in the code but missing in the bundles").isEmpty();
    }

    @Test
    void germanBrowsersGetGermanOthersEnglishAndAMissingKeyIsVisible() {
        assertThat(translations.getTranslation("app.user-menu.logout", Locale.GERMANY)).isEqualTo("Abmelden");
        assertThat(translations.getTranslation("app.user-menu.logout", Locale.forLanguageTag("fr-FR"))).isEqualTo("Log out");
        assertThat(translations.getTranslation("app.user-menu.label", Locale.GERMAN, "Hana Head"))
                .isEqualTo("Benutzermenü von Hana Head");
        assertThat(translations.getTranslation("base.no-such-key", Locale.ENGLISH)).isEqualTo("!{base.no-such-key}!");
    }

    private static boolean isPackageName(String literal) {
        return literal.matches("[a-z]+(\\.[a-z]+)*") && !literal.contains("-") && Files.isDirectory(
                Path.of("src/main/java/org/staffroom", literal.replace('.', '/')));
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (var in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
