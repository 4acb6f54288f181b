package org.staffroom;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.staffroom.app.ColorSchemeChoice;
import org.staffroom.base.i18n.LanguageCookie;
import org.staffroom.base.i18n.Translations;
import tools.jackson.databind.json.JsonMapper;

/**
 * The page shell: theme, colour scheme, the app's own stylesheet (no bundle build) and
 * the installable app (PWA) that school tablets add to their home screen.
 */
@PWA(name = "Staffroom", shortName = "Staffroom",
        description = "Staff and subject groups of your school",
        iconPath = "icons/icon.png", offlinePath = "offline.html", offlineResources = "icons/icon.png",
        themeColor = "#1a5fb4", backgroundColor = "#ffffff")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
public class AppShell implements AppShellConfigurator {

    private static final Translations TRANSLATIONS = new Translations();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /*
     * Runs first on every page, the login page too: it applies the remembered colour scheme
     * before anything is drawn, sets the page's language, and leaves the texts of the offline
     * page (a static file the service worker keeps) in this browser, in the person's language.
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        Locale locale = LanguageCookie.preferred(settings.getRequest());
        settings.addInlineWithContents(Inline.Position.APPEND,
                "try { var s = localStorage.getItem('" + ColorSchemeChoice.STORAGE_KEY + "');"
                        + " if (s === 'light' || s === 'dark') document.documentElement.style.colorScheme = s;"
                        // Screen readers pick their voice by the page's language (WCAG 3.1.1); set before
                        // anything is read, and corrected by LanguageCookie once the UI has its locale.
                        + " document.documentElement.lang = '" + locale.getLanguage() + "';"
                        // Only the bundles' texts go in here; "<" is escaped so none could end the script.
                        + " localStorage.setItem('staffroom.offlinePage', " + JSON.writeValueAsString(
                                JSON.writeValueAsString(offlineTexts(locale))).replace("<", "\\u003c") + ");"
                        + " } catch (e) { }",
                Inline.Wrapping.JAVASCRIPT);
    }

    private static Map<String, String> offlineTexts(Locale locale) {
        var texts = new LinkedHashMap<String, String>();
        texts.put("lang", locale.getLanguage());
        for (String text : new String[] {"page-title", "title", "text", "retry"}) {
            texts.put(text, TRANSLATIONS.getTranslation("base.offline." + text, locale));
        }
        return texts;
    }
}
