package org.staffroom.base.domain;

/** Someone else changed or deleted the record since it was read (its @Version moved on). */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String message) {
        super(message);
    }
}
