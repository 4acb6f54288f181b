package org.staffroom.base.domain;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * A unique key in the database refused a value. Services throw it so that views can show
 * a field-level message; the database, not a prior lookup, decides, so races are safe.
 */
public class DuplicateValueException extends UserFacingException {

    public DuplicateValueException(String messageKey, Throwable cause) {
        super(messageKey, cause);
    }

    /** Whether {@code exception} came from the unique key named {@code constraint}. */
    public static boolean isViolationOf(DataIntegrityViolationException exception, String constraint) {
        Throwable cause = exception;
        while (cause != null) {
            if (cause.getMessage() != null && cause.getMessage().contains(constraint)) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }
}
