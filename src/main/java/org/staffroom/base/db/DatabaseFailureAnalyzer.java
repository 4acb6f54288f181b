package org.staffroom.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** One report for a database that never answered at start, instead of the pool's stack traces. */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseWaitExpiredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseWaitExpiredException cause) {
        return new FailureAnalysis("Staffroom could not start: " + cause.getMessage() + ".",
                "Check that MariaDB runs and that SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                        + "SPRING_DATASOURCE_PASSWORD are right. STAFFROOM_DB_WAIT sets how long a start waits.",
                cause);
    }
}
