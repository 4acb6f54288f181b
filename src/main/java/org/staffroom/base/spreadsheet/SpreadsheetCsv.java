package org.staffroom.base.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV export: UTF-8 with a byte order mark and a header row, streamed row by row, in the
 * separator of the reader's locale. Cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe (OWASP's advice against CSV injection), so "=HYPERLINK(…)" in a
 * name stays text.
 */
public final class SpreadsheetCsv {

    private SpreadsheetCsv() {
    }

    /**
     * Writes {@code header}, then each row {@code rows} hands to the printer it is given.
     *
     * @param locale the reader's locale, for the separator
     */
    public static void write(Writer out, Locale locale, List<String> header, Consumer<Consumer<List<String>>> rows)
            throws IOException {
        // The byte order mark lets spreadsheet programs recognise UTF-8 (Müller, 王小明).
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiterFor(locale))
                .setHeader(header.stream().map(SpreadsheetCsv::cell).toArray(String[]::new)).get();
        try (CSVPrinter printer = format.print(out)) {
            rows.accept(cells -> {
                try {
                    printer.printRecord(cells.stream().map(SpreadsheetCsv::cell));
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
