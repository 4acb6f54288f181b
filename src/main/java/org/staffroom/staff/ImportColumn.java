package org.staffroom.staff;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The columns a staff import reads, and the headers in English or German that name them. */
public enum ImportColumn {
    EMAIL(true, Set.of("e-mail", "email", "e-mail address", "email address", "e-mail-adresse", "mail")),
    FIRST_NAME(true, Set.of("first name", "firstname", "given name", "vorname")),
    LAST_NAME(true, Set.of("last name", "lastname", "surname", "family name", "nachname", "familienname")),
    SUBJECT_GROUP(false, Set.of("subject group", "group", "department", "fachgruppe", "fachbereich")),
    ROLE(false, Set.of("role", "rolle"));

    private final boolean required;
    private final Set<String> headers;

    ImportColumn(boolean required, Set<String> headers) {
        this.required = required;
        this.headers = headers;
    }

    /** Whether an import needs this column. */
    public boolean isRequired() {
        return required;
    }

    public String messageKey() {
        return "staff.import.column." + name();
    }

    /** Which column of {@code header} each column is in, by its name in either language, regardless of case. */
    public static Map<ImportColumn, Integer> match(List<String> header) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace('_', ' ');
            for (ImportColumn column : values()) {
                if (column.headers.contains(name)) {
                    columns.putIfAbsent(column, i);
                }
            }
        }
        return columns;
    }
}
