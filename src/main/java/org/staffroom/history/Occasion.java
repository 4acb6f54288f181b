package org.staffroom.history;

/** Why a change was made, when it was more than one person editing one row. */
public enum Occasion {
    /** A person changed one row, in a form or a grid. */
    EDIT,
    /** A subject group was deleted, and its members were left without one. */
    GROUP_DELETE,
    /** An administrator changed several people at once. */
    BULK,
    /** People were imported from a file. */
    IMPORT,
    /** What existed when the history began. */
    HISTORY_START
}
