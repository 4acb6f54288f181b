package org.staffroom.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/**
 * Downloads a CSV file streamed from the database as it is written. A link, not a button
 * inside a link: one focus stop, announced as what it does.
 */
public class CsvDownloadLink extends Anchor {

    /** Writes the file for a reader in {@code locale}; {@code text} turns a translation key into their words. */
    @FunctionalInterface
    public interface Content extends Serializable {
        void write(Writer out, Locale locale, Function<String, String> text) throws IOException;
    }

    public CsvDownloadLink(String label, String fileName, Content content) {
        setHref(handler(fileName, content));
        add(new Icon(VaadinIcon.DOWNLOAD), new Span(label));
        addClassName("export-link");
        getElement().setAttribute("download", true);
    }

    private DownloadHandler handler(String fileName, Content content) {
        // The download request runs outside this UI's request; a language switch reloads the view anyway.
        Locale locale = getLocale();
        return event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                content.write(out, locale, key -> getTranslation(locale, key));
            }
        };
    }
}
