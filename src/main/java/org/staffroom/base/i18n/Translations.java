package org.staffroom.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text people read, in English and German. Each feature keeps its own bundle under
 * {@code i18n/} (keys start with the bundle's name), so a feature's words live next to
 * nothing else's. English is the fallback for any other browser language.
 *
 * <p>A missing key shows as {@code !{key}!}, the way Vaadin's own provider does, so tests
 * and people can spot it instead of seeing a blank.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale GERMAN = Locale.GERMAN;
    public static final List<Locale> LOCALES = List.of(ENGLISH, GERMAN);
    /** The bundle base names under {@code i18n/}; the key prefix picks the bundle. */
    public static final List<String> BUNDLES = List.of("app", "base", "history", "security", "staff", "subjectgroup");

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = supported(locale);
        String pattern = find(key, language);
        if (pattern == null) {
            log.warn("missing translation key={} locale={}", key, locale);
            return "!{" + key + "}!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
    }

    /** Whether the app has texts in {@code locale}'s language. */
    public static boolean speaks(Locale locale) {
        return LOCALES.stream().anyMatch(supported -> supported.getLanguage().equals(locale.getLanguage()));
    }

    /** The supported locale closest to {@code locale}: German for any German, else English. */
    public static Locale supported(Locale locale) {
        return locale != null && GERMAN.getLanguage().equals(locale.getLanguage()) ? GERMAN : ENGLISH;
    }

    static ResourceBundle bundle(String name, Locale locale) {
        // The English texts are the base file (no suffix); German lives in the _de file.
        return ResourceBundle.getBundle("i18n." + name, ENGLISH.equals(locale) ? Locale.ROOT : locale, NO_FALLBACK);
    }

    private static String find(String key, Locale locale) {
        int dot = key == null ? -1 : key.indexOf('.');
        if (dot < 0 || !BUNDLES.contains(key.substring(0, dot))) {
            return null;
        }
        try {
            return bundle(key.substring(0, dot), locale).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
