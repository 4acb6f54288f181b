package org.staffroom.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Remembers a language picked in the user menu in a cookie, so it beats the browser's
 * language on every page of this browser (the login page too) and on every node. Without
 * the cookie Vaadin matches the browser's languages against {@link Translations#LOCALES}.
 * Either way the page's {@code lang} follows the UI's language.
 */
@Component
public class LanguageCookie implements VaadinServiceInitListener {

    static final String NAME = "staffroom.language";
    private static final int ONE_YEAR_SECONDS = (int) Duration.ofDays(365).toSeconds();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> {
            UI ui = uiInit.getUI();
            read(VaadinRequest.getCurrent()).ifPresent(ui::setLocale);
            // The page shell guessed the language before the UI existed (see AppShell); Vaadin's
            // own match can differ (it prefers an exact match anywhere in the list), and the UI wins.
            ui.getPage().executeJs("document.documentElement.lang = $0",
                    Translations.supported(ui.getLocale()).getLanguage());
        });
    }

    /** Keeps {@code locale} for this browser; the caller reloads the page to show it everywhere. */
    public static void remember(Locale locale) {
        var cookie = new Cookie(NAME, Translations.supported(locale).getLanguage());
        VaadinRequest request = VaadinRequest.getCurrent();
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        VaadinResponse.getCurrent().addCookie(cookie);
    }

    /** The language for a page request: the remembered pick, else the browser's first language we speak. */
    public static Locale preferred(VaadinRequest request) {
        return read(request).orElseGet(() -> request == null ? Translations.ENGLISH
                : Collections.list(request.getLocales()).stream().filter(Translations::speaks)
                        .findFirst().map(Translations::supported).orElse(Translations.ENGLISH));
    }

    private static Optional<Locale> read(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> NAME.equals(cookie.getName()))
                .map(cookie -> Locale.forLanguageTag(cookie.getValue()))
                .filter(Translations::speaks)
                .map(Translations::supported)
                .findFirst();
    }
}
