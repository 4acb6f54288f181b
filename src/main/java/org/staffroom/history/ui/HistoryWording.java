package org.staffroom.history.ui;

import java.io.Serializable;
import java.util.Optional;
import org.staffroom.history.HistoryEntry;
import org.staffroom.history.HistoryEntry.FieldChange;

/** How one feature's fields read in its history, in the reader's language. */
public interface HistoryWording extends Serializable {

    /** The field's label, e.g. "Subject group". */
    String label(String field);

    /** A value as the reader reads it, never null ("none" is the dialog's word for null). */
    String value(String field, Object value);

    /** A whole line instead of "label: old → new", for a change that shows no values (a password). */
    default Optional<String> line(HistoryEntry entry, FieldChange change) {
        return Optional.empty();
    }
}
