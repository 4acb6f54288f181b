package org.staffroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The packaged jar started against a database that is not there. */
@Tag("fault")
class DatabaseWaitIT {

    @Test
    void anUnreachableDatabaseEndsTheStartWithOneClearReportAfterTheWait() throws Exception {
        int closedPort = PackagedJar.freePort();
        Path log = Path.of("target", "database-wait-app.log");
        long startedAt = System.nanoTime();
        Process app = PackagedJar.command(
                        "--spring.datasource.url=jdbc:mariadb://127.0.0.1:" + closedPort
                                + "/staffroom?password=Url-secret-4711&connectTimeout=2000",
                        "--spring.datasource.username=staffroom",
                        "--spring.datasource.password=Setting-secret-4711",
                        "--staffroom.db-wait=4s")
                .redirectOutput(log.toFile())
                .start();
        boolean exited = app.waitFor(120, TimeUnit.SECONDS);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedAt);
        if (!exited) {
            app.destroyForcibly();
        }
        String output = Files.readString(log);

        assertThat(exited).as("the start gives up").isTrue();
        assertThat(app.exitValue()).as("exit code").isNotZero();
        assertThat(seconds).as("after the wait, not at once and not forever").isBetween(4L, 60L);
        assertThat(output).contains("the database at jdbc:mariadb://127.0.0.1:" + closedPort
                + "/staffroom?password=***&connectTimeout=2000 did not answer within 4 s");
        assertThat(output).as("no password").doesNotContain("Url-secret-4711", "Setting-secret-4711");
        assertThat(output.lines().filter(line -> line.matches("\\s+at [\\w.$]+\\(.*"))).as("no stack trace").isEmpty();
    }
}
