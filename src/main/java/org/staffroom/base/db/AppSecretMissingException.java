package org.staffroom.base.db;

/** An external database and no {@code staffroom.secret-key}: there is nowhere to keep a generated one. */
public class AppSecretMissingException extends IllegalStateException {

    AppSecretMissingException() {
        super("no staffroom.secret-key is set, and with an external database Staffroom cannot keep a generated one");
    }
}
