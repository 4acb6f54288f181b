package org.staffroom.base.domain;

/**
 * The database refused a write because another one took the same rows at the same instant (a
 * deadlock, or on Galera a write set that lost to another node's). The whole transaction was
 * rolled back, so nothing of it was saved, and the same save can simply be tried again.
 */
public class SimultaneousWriteException extends UserFacingException {

    public static final String MESSAGE_KEY = "base.database.simultaneous-write";

    public SimultaneousWriteException(Throwable cause) {
        super(MESSAGE_KEY, cause);
    }
}
