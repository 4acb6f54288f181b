package org.staffroom.base.db;

import java.sql.SQLException;
import java.time.Duration;

/** The database did not answer within {@code staffroom.db-wait} at start; reported by {@link DatabaseFailureAnalyzer}. */
class DatabaseWaitExpiredException extends RuntimeException {

    DatabaseWaitExpiredException(String safeUrl, Duration waited, SQLException lastFailure) {
        super("the database at " + safeUrl + " did not answer within " + waited.toSeconds() + " s ("
                + lastFailure.getMessage() + ")", lastFailure);
    }
}
