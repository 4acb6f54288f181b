package org.staffroom.staff;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.staffroom.base.spreadsheet.SpreadsheetCsv;
import org.staffroom.security.Role;

/**
 * The staff export, in the language of the person who exports: the caller passes
 * {@code text}, which turns a translation key into words for the header row and the role
 * and status cells.
 */
public final class StaffCsv {

    /** The translation keys of the header row, in column order. */
    static final String[] HEADER_KEYS = {
        "staff.csv.header.last-name", "staff.csv.header.first-name", "staff.csv.header.email",
        "staff.csv.header.subject-group", "staff.csv.header.role", "staff.csv.header.status"};

    private StaffCsv() {
    }

    /** Writes every person matching {@code filter}, streamed from the database. */
    public static void write(StaffService staffService, StaffFilter filter, Writer out, Locale locale,
            Function<String, String> text) throws IOException {
        // Translated once, not once per row.
        Map<Role, String> roles = new EnumMap<>(Role.class);
        Arrays.stream(Role.values()).forEach(role -> roles.put(role, text.apply(role.messageKey())));
        Map<StaffStatus, String> statuses = new EnumMap<>(StaffStatus.class);
        Arrays.stream(StaffStatus.values()).forEach(status -> statuses.put(status, text.apply(status.messageKey())));
        SpreadsheetCsv.write(out, locale, Arrays.stream(HEADER_KEYS).map(text).toList(),
                printer -> staffService.export(filter, row -> printer.accept(Arrays.asList(row.lastName(),
                        row.firstName(), row.email(), row.subjectGroup(), roles.get(row.role()),
                        statuses.get(row.status())))));
    }
}
