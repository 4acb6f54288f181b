package org.staffroom.base.domain;

/** Someone else changed or deleted the record since it was read (its @Version moved on). */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String messageKey) {
        super(messageKey);
    }

    /** The translation key of what the person is told. */
    public String messageKey() {
        return getMessage();
    }
}
