package org.staffroom.staff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.staffroom.history.EntityHistory;
import org.staffroom.history.Occasion;

/**
 * The history of a change made by one statement for many people (a bulk action, a group's
 * deletion), which Envers does not see: before the statement runs, each affected person's
 * row goes into {@code staff_aud} under the transaction's revision, with their values after
 * the change and the changed field flagged, as Envers would have written it.
 */
@Component
class SetBasedHistory {

    /** Envers' audited columns of staff, each with its modified flag. */
    private static final String[] COLUMNS = {
        "email", "first_name", "last_name", "role", "subject_group_id", "enabled", "password_changed_at"};
    private static final int CHANGED = 1;
    private static final int DELETED = 2;

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityHistory history;

    SetBasedHistory(NamedParameterJdbcTemplate jdbc, EntityHistory history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    /**
     * Records that {@code column} becomes {@code newValue} (an SQL expression) for the people
     * on whom {@code condition} (over {@code staff s}) holds.
     */
    void changed(Occasion occasion, String column, String newValue, String condition, MapSqlParameterSource params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String audited : COLUMNS) {
            values.put(audited, audited.equals(column) ? newValue : "s." + audited);
        }
        insert(occasion, CHANGED, values, column, condition, params);
    }

    /** Records the deletion of the people on whom {@code condition} holds, with their last values. */
    void deleted(Occasion occasion, String condition, MapSqlParameterSource params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String audited : COLUMNS) {
            values.put(audited, "s." + audited);
        }
        insert(occasion, DELETED, values, null, condition, params);
    }

    private void insert(Occasion occasion, int revisionType, Map<String, String> values, String changedColumn,
            String condition, MapSqlParameterSource params) {
        String columns = values.keySet().stream().map(column -> column + ", " + flagColumn(column))
                .collect(Collectors.joining(", "));
        String selected = values.entrySet().stream()
                .map(value -> value.getValue() + ", " + (value.getKey().equals(changedColumn) ? "TRUE" : "FALSE"))
                .collect(Collectors.joining(", "));
        params.addValue("historyRevision", history.revisionOfThisTransaction(occasion))
                .addValue("historyType", revisionType);
        jdbc.update("INSERT INTO staff_aud (id, rev, revtype, " + columns + ") SELECT s.id, :historyRevision, "
                + ":historyType, " + selected + " FROM staff s WHERE " + condition, params);
    }

    // Envers names a flag after the property: subjectGroup_MOD becomes subject_group_mod.
    private static String flagColumn(String column) {
        return (column.equals("subject_group_id") ? "subject_group" : column) + "_mod";
    }
}
