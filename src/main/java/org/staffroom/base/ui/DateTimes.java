package org.staffroom.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Times as the reader writes them, in the server's zone: "12 Nov 2026, 14:03" for a British
 * browser, "12.11.2026, 14:03" for a German one. The texts come in two languages, but dates
 * follow the browser's own locale within its language, since en-GB and en-US write them apart.
 */
public final class DateTimes {

    private DateTimes() {
    }

    /** A date with the time to the minute. */
    public static DateTimeFormatter toTheMinute() {
        return formatter(FormatStyle.SHORT);
    }

    /** A date with the time to the second, where events follow each other closely. */
    public static DateTimeFormatter toTheSecond() {
        return formatter(FormatStyle.MEDIUM);
    }

    /** The browser's locale if it speaks the UI's language, else the UI's. */
    static Locale readersLocale() {
        UI ui = UI.getCurrent();
        Locale language = ui == null ? Locale.ENGLISH : ui.getLocale();
        VaadinSession session = VaadinSession.getCurrent();
        Locale browser = session == null || session.getBrowser() == null ? null : session.getBrowser().getLocale();
        return browser != null && browser.getLanguage().equals(language.getLanguage()) ? browser : language;
    }

    private static DateTimeFormatter formatter(FormatStyle time) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, time).withLocale(readersLocale())
                .withZone(ZoneId.systemDefault());
    }
}
