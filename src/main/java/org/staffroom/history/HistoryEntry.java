package org.staffroom.history;

import java.time.Instant;
import java.util.List;

/**
 * One change of one record, as a person reads it: when, who, from where, and which fields
 * went from what to what. Values are as the feature reads them from its entity (text, enums,
 * booleans); the view puts them in the reader's language.
 *
 * @param stamp when, by whom, from where, and on what occasion
 * @param kind created, changed or deleted
 * @param changes for a change the fields that changed; for a creation the values it was created
 *     with (no before); for a deletion the last values (no after)
 * @param beforeKnown false for a change whose earlier state is no longer kept (it was older
 *     than the retention): its fields' before values are unknown, not empty
 */
public record HistoryEntry(Stamp stamp, Kind kind, List<FieldChange> changes, boolean beforeKnown) {

    public enum Kind { CREATED, CHANGED, DELETED }

    /** @param field the entity's property, e.g. {@code subjectGroup} */
    public record FieldChange(String field, Object before, Object after) {
    }

    /**
     * @param actorId the account of who made it, null for the system
     * @param actorName their name as it was then, or {@code system}
     * @param address where they were, null when it was no request
     */
    public record Stamp(long revision, Instant at, Long actorId, String actorName, String address, Occasion occasion) {
    }
}
