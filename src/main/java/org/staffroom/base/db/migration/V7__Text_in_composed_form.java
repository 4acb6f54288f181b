package org.staffroom.base.db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings names, e-mails and subject-group names stored before Staffroom normalised them
 * into Unicode's composed form (NFC), with control characters replaced by a space, so that
 * the unique keys and the searches see one spelling and V8's checks hold. SQL has no NFC
 * function, hence Java. A row whose normal form is already taken by another row keeps its
 * spelling and is named in the log, to be merged by hand.
 */
public class V7__Text_in_composed_form extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V7__Text_in_composed_form.class);

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        normalise(connection, "staff", List.of("email", "first_name", "last_name"));
        normalise(connection, "subject_group", List.of("name"));
    }

    private static void normalise(Connection connection, String table, List<String> columns) throws SQLException {
        List<Object[]> changes = new ArrayList<>();
        try (var rows = connection.createStatement().executeQuery(
                "SELECT id, " + String.join(", ", columns) + " FROM " + table)) {
            while (rows.next()) {
                Object[] row = new Object[columns.size() + 1];
                boolean changed = false;
                for (int i = 0; i < columns.size(); i++) {
                    String stored = rows.getString(i + 2);
                    String wanted = composed(stored, columns.get(i).equals("email"));
                    row[i] = wanted;
                    changed |= !wanted.equals(stored);
                }
                row[columns.size()] = rows.getLong(1);
                if (changed) {
                    changes.add(row);
                }
            }
        }
        String update = "UPDATE " + table + " SET " + String.join(" = ?, ", columns) + " = ? WHERE id = ?";
        for (Object[] change : changes) {
            try (var statement = connection.prepareStatement(update)) {
                for (int i = 0; i < change.length; i++) {
                    statement.setObject(i + 1, change[i]);
                }
                statement.executeUpdate();
            } catch (SQLException duplicate) {
                if (duplicate.getErrorCode() != 1062) {
                    throw duplicate;
                }
                log.warn("{} row {} keeps its spelling: its composed form belongs to another row", table,
                        change[columns.size()]);
            }
        }
        if (!changes.isEmpty()) {
            log.info("{} {} rows brought into composed form", changes.size(), table);
        }
    }

    private static String composed(String value, boolean email) {
        String plain = value.replaceAll("\\p{Cntrl}", " ").strip().replaceAll(" {2,}", " ");
        String nfc = Normalizer.normalize(plain, Normalizer.Form.NFC);
        return email ? nfc.toLowerCase(java.util.Locale.ROOT) : nfc;
    }
}
