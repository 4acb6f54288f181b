package org.staffroom.base.spreadsheet;

import org.staffroom.base.domain.UserFacingException;

/** An uploaded file that cannot be read as a table: too large, the wrong kind, the wrong encoding. */
public class UnreadableFileException extends UserFacingException {

    UnreadableFileException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
