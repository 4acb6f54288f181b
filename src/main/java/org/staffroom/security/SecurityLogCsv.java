package org.staffroom.security;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import org.staffroom.base.spreadsheet.SpreadsheetCsv;

/**
 * The security log's export, in the same CSV as the staff export, with every column an
 * administrator sees and the full browser name. Times are the server's, sortable as text.
 */
public final class SecurityLogCsv {

    static final String[] HEADER_KEYS = {
        "security.log.csv.when", "security.log.column.event", "security.log.column.outcome", "security.log.csv.reason",
        "security.log.column.person", "security.log.column.by", "security.log.csv.address", "security.log.csv.browser",
        "security.log.column.node", "security.log.csv.detail"};

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private SecurityLogCsv() {
    }

    /** Writes every event matching {@code filter}, newest first, streamed from the database. */
    public static void write(SecurityEventService events, SecurityEventService.Filter filter, Writer out,
            Locale locale, Function<String, String> text) throws IOException {
        SpreadsheetCsv.write(out, locale, Arrays.stream(HEADER_KEYS).map(text).toList(),
                printer -> events.export(filter, entry -> printer.accept(Arrays.asList(WHEN.format(entry.at()),
                        text.apply("security.log.event." + entry.event()), entry.outcome(), entry.reason(),
                        entry.signInName(), entry.actor(), entry.address(), entry.userAgent(), entry.node(),
                        entry.detail()))));
    }
}
