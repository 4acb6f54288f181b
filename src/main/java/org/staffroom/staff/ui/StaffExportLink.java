package org.staffroom.staff.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.staffroom.staff.StaffCsv;
import org.staffroom.staff.StaffFilter;
import org.staffroom.staff.StaffService;

/**
 * Downloads the people the grid shows as CSV, streamed from the database. A link, not a
 * button inside a link: one focus stop, announced as what it does.
 */
class StaffExportLink extends Anchor {

    StaffExportLink(StaffService staffService, SerializableSupplier<StaffFilter> shown) {
        super();
        setHref(exportHandler(staffService, shown));
        add(new Icon(VaadinIcon.DOWNLOAD), new Span(getTranslation("staff.grid.export")));
        addClassName("export-link");
        getElement().setAttribute("download", true);
    }

    private DownloadHandler exportHandler(StaffService staffService, SerializableSupplier<StaffFilter> shown) {
        // The download request runs outside this UI's request; a language switch reloads the view anyway.
        Locale locale = getLocale();
        String fileName = getTranslation("staff.grid.export.file-name");
        return event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            StaffFilter filter = shown.get();
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                StaffCsv.write(staffService, filter, out, locale, key -> getTranslation(locale, key));
            }
        };
    }
}
