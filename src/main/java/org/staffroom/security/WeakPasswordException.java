package org.staffroom.security;

import org.staffroom.base.domain.UserFacingException;

/** A password the {@link PasswordPolicy} refuses; the message belongs at the password field. */
public class WeakPasswordException extends UserFacingException {

    WeakPasswordException(PasswordPolicy.Violation violation) {
        super(violation.messageKey(), null, violation.arguments());
    }
}
