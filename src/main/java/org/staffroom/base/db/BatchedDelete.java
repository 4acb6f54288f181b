package org.staffroom.base.db;

import java.util.Arrays;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes in batches, each its own statement, so that a first clean-up of a large table never
 * holds one long transaction (nor a Galera write set too large to replicate).
 */
public final class BatchedDelete {

    private BatchedDelete() {
    }

    /**
     * Runs {@code deleteWithLimit}, whose last parameter is the batch size, until it deletes
     * fewer rows than {@code batch}; returns how many it deleted in all.
     */
    public static long untilDone(JdbcTemplate jdbc, int batch, String deleteWithLimit, Object... arguments) {
        Object[] withBatch = Arrays.copyOf(arguments, arguments.length + 1);
        withBatch[arguments.length] = batch;
        long total = 0;
        int deleted;
        do {
            deleted = jdbc.update(deleteWithLimit, withBatch);
            total += deleted;
        } while (deleted == batch);
        return total;
    }
}
