package org.staffroom.base.db;

/**
 * Exports stream their rows as fast as the browser takes them, which can be longer than the
 * per-statement limit every pooled connection has ({@code staffroom.db-query-timeout}); the
 * server would end the statement mid-file and the download would just stop.
 */
public final class StreamedReads {

    private StreamedReads() {
    }

    /** {@code select}, exempt from the per-statement time limit. */
    public static String withoutTimeLimit(String select) {
        return "SET STATEMENT max_statement_time=0 FOR " + select;
    }
}
