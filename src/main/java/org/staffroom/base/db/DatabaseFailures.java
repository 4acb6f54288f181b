package org.staffroom.base.db;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.springframework.transaction.CannotCreateTransactionException;
import org.staffroom.base.domain.DatabaseUnavailableException;

/** Tells a lost or slow database apart from every other failure, wherever it surfaces. */
public final class DatabaseFailures {

    // MariaDB's SQL state for a statement stopped by max_statement_time.
    private static final String STATEMENT_INTERRUPTED = "70100";
    // Serialization failure: InnoDB's deadlock victim (error 1213) and Galera's certification failure.
    private static final String SERIALIZATION_FAILURE = "40001";

    private DatabaseFailures() {
    }

    /**
     * The message key of a {@link DatabaseUnavailableException} when {@code error} or one of
     * its causes says the database is gone or too slow; empty for any other failure.
     */
    public static Optional<String> kind(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTimeoutException
                    || cause instanceof org.springframework.dao.QueryTimeoutException
                    || (cause instanceof SQLException sql && STATEMENT_INTERRUPTED.equals(sql.getSQLState()))) {
                return Optional.of(DatabaseUnavailableException.TOO_SLOW);
            }
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof CannotCreateTransactionException
                    // A commit or rollback that cannot reach the server; the pool has already closed
                    // the broken connection, so the failure that broke it is no longer in the chain.
                    || cause instanceof org.hibernate.TransactionException
                    || cause instanceof org.springframework.dao.DataAccessResourceFailureException
                    || (cause instanceof SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))) {
                return Optional.of(DatabaseUnavailableException.UNREACHABLE);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code error} or one of its causes is the database rolling back a transaction
     * that collided with another one on the same rows; the database itself is fine.
     */
    public static boolean isSimultaneousWrite(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.dao.PessimisticLockingFailureException
                    || (cause instanceof SQLException sql && SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
