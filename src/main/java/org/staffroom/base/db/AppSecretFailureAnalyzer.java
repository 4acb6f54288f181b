package org.staffroom.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** One report that says how to make the app's secret, instead of a bean-creation stack trace. */
class AppSecretFailureAnalyzer extends AbstractFailureAnalyzer<AppSecretMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AppSecretMissingException cause) {
        return new FailureAnalysis("Staffroom could not start: " + cause.getMessage() + ".",
                "Set STAFFROOM_SECRET_KEY to Base64 of 32 random bytes (for example the output of "
                        + "`openssl rand -base64 32`), the same on every node, and keep a copy with the backups.",
                cause);
    }
}
