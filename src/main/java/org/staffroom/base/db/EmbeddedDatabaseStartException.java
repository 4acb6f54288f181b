package org.staffroom.base.db;

/** Thrown when the embedded MariaDB cannot start; reported by {@link EmbeddedDatabaseFailureAnalyzer}. */
class EmbeddedDatabaseStartException extends RuntimeException {

    EmbeddedDatabaseStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
