package org.staffroom.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.staffroom.security.Role;

/**
 * The staff export: UTF-8 CSV with a header row, streamed row by row. Cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe (OWASP's advice
 * against CSV injection), so "=HYPERLINK(…)" in a name stays text.
 *
 * <p>The header row and the role and status cells are in the language of the person who
 * exports: the caller passes {@code text}, which turns a translation key into words. The
 * separator follows their locale too, so a double-click opens the file in columns.
 */
public final class StaffCsv {

    /** The translation keys of the header row, in column order. */
    static final String[] HEADER_KEYS = {
        "staff.csv.header.last-name", "staff.csv.header.first-name", "staff.csv.header.email",
        "staff.csv.header.subject-group", "staff.csv.header.role", "staff.csv.header.status"};

    private StaffCsv() {
    }

    /**
     * Writes every person matching {@code filter}.
     *
     * @param locale the exporting person's locale, for the separator
     * @param text turns a translation key into the text for the exporting person's language
     */
    public static void write(StaffService staffService, StaffFilter filter, Writer out, Locale locale,
            Function<String, String> text) throws IOException {
        String[] header = Arrays.stream(HEADER_KEYS).map(text).map(StaffCsv::cell).toArray(String[]::new);
        // Translated once, not once per row.
        Map<Role, String> roles = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            roles.put(role, cell(text.apply(role.messageKey())));
        }
        Map<StaffStatus, String> statuses = new EnumMap<>(StaffStatus.class);
        for (StaffStatus status : StaffStatus.values()) {
            statuses.put(status, cell(text.apply(status.messageKey())));
        }
        // The byte order mark lets spreadsheet programs recognise UTF-8 (Müller, 王小明).
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiterFor(locale)).setHeader(header).get();
        try (CSVPrinter printer = format.print(out)) {
            staffService.export(filter, row -> {
                try {
                    printer.printRecord(cell(row.lastName()), cell(row.firstName()), cell(row.email()),
                            cell(row.subjectGroup()), roles.get(row.role()), statuses.get(row.status()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * Spreadsheet programs split a CSV file on the list separator of the computer's locale:
     * a semicolon where the decimal separator is a comma (German), a comma elsewhere.
     */
    static char delimiterFor(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ';' : ',';
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
