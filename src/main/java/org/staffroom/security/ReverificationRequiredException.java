package org.staffroom.security;

import org.staffroom.base.domain.UserFacingException;

/**
 * A sensitive action asked for a factor proven more recently than the session's: the person
 * verifies again ({@link SecondFactorService#verifyAgain}) and repeats it.
 */
public class ReverificationRequiredException extends UserFacingException {

    ReverificationRequiredException() {
        super("security.verify-again.required", null);
    }
}
