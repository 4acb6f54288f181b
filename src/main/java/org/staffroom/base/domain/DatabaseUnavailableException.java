package org.staffroom.base.domain;

/**
 * The database could not be reached, or did not answer in time, so nothing was saved. The
 * person may try again; what they typed stays where it was.
 */
public class DatabaseUnavailableException extends UserFacingException {

    public static final String UNREACHABLE = "base.database.unreachable";
    public static final String TOO_SLOW = "base.database.too-slow";

    public DatabaseUnavailableException(String messageKey, Throwable cause) {
        super(messageKey, cause);
    }
}
