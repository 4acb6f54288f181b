package org.staffroom.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded start into one clear report instead of a wall of stack traces. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseStartException cause) {
        return new FailureAnalysis(
                "Staffroom could not start its embedded database: " + cause.getMessage() + ".",
                "Free the port or set staffroom.embedded-db.port to another one, or use an external MariaDB "
                        + "(10.11 or 11.4) by setting SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                        + "SPRING_DATASOURCE_PASSWORD.",
                cause);
    }
}
