package org.staffroom.base.db;

/** A backup or restore that would lose data, refused before anything was changed. */
class BackupRefusedException extends RuntimeException {

    BackupRefusedException(String message) {
        super(message);
    }
}
