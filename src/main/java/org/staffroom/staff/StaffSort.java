package org.staffroom.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The orders the staff grid offers; each is served by an index (see V1 and V3). */
public enum StaffSort {
    LAST_NAME("s.last_name", "s.first_name", "s.id"),
    FIRST_NAME("s.first_name", "s.last_name", "s.id"),
    EMAIL("s.email"),
    SUBJECT_GROUP("g.name", "s.last_name", "s.first_name", "s.id"),
    ROLE("s.role", "s.last_name", "s.first_name", "s.id"),
    STATUS("s.enabled", "s.must_change_password", "s.last_name", "s.first_name", "s.id");

    private final List<String> columns;

    StaffSort(String... columns) {
        this.columns = List.of(columns);
    }

    /** One direction for every column, so MariaDB can read the index forwards or backwards. */
    String orderBy(boolean ascending) {
        return orderBy(columns, ascending);
    }

    /** The sort columns as {@code k0, k1, …} for a union's outer ORDER BY. */
    String selectKeys() {
        return String.join(", ", java.util.stream.IntStream.range(0, columns.size())
                .mapToObj(i -> columns.get(i) + " AS k" + i).toList());
    }

    String orderByKeys(boolean ascending) {
        return orderBy(java.util.stream.IntStream.range(0, columns.size()).mapToObj(i -> "k" + i).toList(), ascending);
    }

    List<String> columns() {
        return columns;
    }

    /** The key of the current row, from the columns {@link #selectKeys()} put from {@code first} on. */
    Object[] keyOf(ResultSet row, int first) throws SQLException {
        Object[] key = new Object[columns.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = row.getObject(first + i);
        }
        return key;
    }

    /**
     * Rows strictly after the key {@code :k0, :k1, …} in this order, written so that
     * MariaDB's range optimizer turns it into one index range.
     */
    String after(boolean ascending) {
        String comparison = ascending ? " > " : " < ";
        List<String> alternatives = new java.util.ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            List<String> terms = new java.util.ArrayList<>();
            for (int j = 0; j < i; j++) {
                terms.add(columns.get(j) + " = :k" + j);
            }
            terms.add(columns.get(i) + comparison + ":k" + i);
            alternatives.add("(" + String.join(" AND ", terms) + ")");
        }
        return "(" + String.join(" OR ", alternatives) + ")";
    }

    boolean needsSubjectGroupJoin() {
        return this == SUBJECT_GROUP;
    }

    private static String orderBy(List<String> columns, boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        return String.join(", ", columns.stream().map(column -> column + direction).toList());
    }
}
