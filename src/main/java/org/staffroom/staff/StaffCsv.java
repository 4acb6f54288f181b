package org.staffroom.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The staff export: UTF-8 CSV with a header row, streamed row by row. Cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe (OWASP's advice
 * against CSV injection), so "=HYPERLINK(…)" in a name stays text.
 */
public final class StaffCsv {

    private static final String[] HEADER = {"Last name", "First name", "E-mail", "Subject group", "Role", "Status"};

    private StaffCsv() {
    }

    public static void write(StaffService staffService, StaffFilter filter, Writer out) throws IOException {
        // The byte order mark lets spreadsheet programs recognise UTF-8 (Müller, 王小明).
        out.write('\uFEFF');
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            staffService.export(filter, row -> {
                try {
                    printer.printRecord(cell(row.lastName()), cell(row.firstName()), cell(row.email()),
                            cell(row.subjectGroup()), row.role().name(), row.status().label());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
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
