package org.staffroom.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A node that starts while another migrates the schema waits for it, then finds nothing left to do. */
@SpringBootTest
@Tag("persistence")
class OneMigrationAtATimeTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Autowired
    OneMigrationAtATime migrations;

    @Test
    void aSecondNodeWaitsUntilTheFirstHasMigrated() throws Exception {
        try (Connection firstNode = dataSource.getConnection(); Statement statement = firstNode.createStatement()) {
            try (ResultSet locked = statement.executeQuery("SELECT GET_LOCK('" + OneMigrationAtATime.LOCK + "', 5)")) {
                assertThat(locked.next() && locked.getInt(1) == 1).as("the first node migrates").isTrue();
            }
            CompletableFuture<Void> secondNode = CompletableFuture.runAsync(() -> migrations.migrate(flyway));
            Thread.sleep(1_500);
            assertThat(secondNode).as("waiting while the first migrates").isNotDone();
            statement.execute("DO RELEASE_LOCK('" + OneMigrationAtATime.LOCK + "')");
            secondNode.get(30, TimeUnit.SECONDS);
        }
        assertThat(flyway.info().pending()).isEmpty();
    }
}
