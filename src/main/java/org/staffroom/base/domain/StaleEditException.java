package org.staffroom.base.domain;

/** Someone else changed or deleted the record since it was read (its @Version moved on). */
public class StaleEditException extends UserFacingException {

    public StaleEditException(String messageKey) {
        super(messageKey, null);
    }
}
