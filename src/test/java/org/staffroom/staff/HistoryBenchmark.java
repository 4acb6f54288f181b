package org.staffroom.staff;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.staffroom.Application;
import org.staffroom.Benchmarks;
import org.staffroom.history.HistoryEntry;
import org.staffroom.security.Role;

/**
 * Not a test: what the history costs. Two apps side by side, each on its own embedded
 * MariaDB, one recording history (Envers on) and one not ({@code hibernate.integration.envers.enabled=false}),
 * take turns editing a person's name, so both see the same machine load; it prints the median
 * of each and the extra per edit. Then it opens the history of a person with 1,000 changes.
 * Run it with {@code ./mvnw test -Dtest=HistoryBenchmark -Dsurefire.excludedGroups=none}.
 */
@Tag("benchmark")
class HistoryBenchmark {

    private static final int WARMUP = 20;
    private static final int RUNS = 101;
    private static final int CHANGES = 1_000;
    private static final int PAGE = 50;

    private final Path dataDirs = Path.of("target", "benchmark-mariadb", "history-" + System.nanoTime());

    @Test
    void recordingAndReadingTheHistory() throws Exception {
        try (ConfigurableApplicationContext recording = start(true);
                ConfigurableApplicationContext notRecording = start(false)) {
            Editor withHistory = new Editor(recording);
            Editor without = new Editor(notRecording);
            for (int i = 0; i < WARMUP; i++) {
                withHistory.edit();
                without.edit();
            }
            double[] recorded = new double[RUNS];
            double[] plain = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                recorded[i] = Benchmarks.millis(withHistory::edit);
                plain[i] = Benchmarks.millis(without::edit);
            }
            if (auditRows(recording) == 0 || auditRows(notRecording) != 0) {
                throw new IllegalStateException("one app should record the history and the other not");
            }
            double withMedian = Benchmarks.median(recorded);
            double withoutMedian = Benchmarks.median(plain);

            while (withHistory.edits < CHANGES) {
                withHistory.edit();
            }
            double firstPage = Benchmarks.medianMillis(() -> withHistory.page(0), 5, RUNS);
            double middlePage = Benchmarks.medianMillis(() -> withHistory.page(CHANGES / 2), 5, RUNS);
            double lastPage = Benchmarks.medianMillis(() -> withHistory.page(CHANGES - PAGE), 5, RUNS);

            System.out.printf("%nHistory benchmark: median ms of %d runs%n", RUNS);
            System.out.printf("%-44s %8.2f%n", "edit a name, history recorded", withMedian);
            System.out.printf("%-44s %8.2f%n", "edit a name, no history", withoutMedian);
            System.out.printf("%-44s %8.2f  (ratio %.2f)%n", "extra per edit", withMedian - withoutMedian,
                    withMedian / withoutMedian);
            System.out.printf("%-44s %8.2f%n", "history of 1,000 changes: first page of 50", firstPage);
            System.out.printf("%-44s %8.2f%n", "history of 1,000 changes: page at 500", middlePage);
            System.out.printf("%-44s %8.2f%n", "history of 1,000 changes: last page", lastPage);
        } finally {
            // Two data directories of a few hundred MB each; the unpacked server next to them stays for the next run.
            FileSystemUtils.deleteRecursively(dataDirs);
        }
    }

    /** Edits one person's last name, as the grid's row editor does. */
    private static final class Editor {
        private final StaffService staff;
        private final StaffHistoryService history;
        private final SecurityContextHolderStrategy security;
        private Staff person;
        private int edits;

        Editor(ConfigurableApplicationContext app) {
            this.staff = app.getBean(StaffService.class);
            this.history = app.getBean(StaffHistoryService.class);
            // Each app has its own holder strategy (Vaadin's), so the system account is set in this one's.
            this.security = app.getBean(SecurityContextHolderStrategy.class);
            asAdministrator(() -> person = staff.createAccount(
                    new Staff("bench.history@school.example", "Bench", "Edited", Role.STAFF), "{noop}not-a-hash"));
            edits = 1;
        }

        void edit() {
            asAdministrator(() -> person = staff.update(person.getId(), person.getVersion(),
                    new StaffDetails(person.getEmail(), "Bench", "Edited " + edits, null, Role.STAFF)));
            edits++;
        }

        List<HistoryEntry> page(int offset) {
            @SuppressWarnings("unchecked")
            List<HistoryEntry>[] entries = new List[1];
            asAdministrator(() -> entries[0] = history.of(person.getId(), offset, PAGE));
            if (entries[0].size() != PAGE) {
                throw new IllegalStateException("expected a full page, got " + entries[0].size());
            }
            return entries[0];
        }

        private void asAdministrator(Runnable work) {
            var context = security.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                    List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
            security.setContext(context);
            try {
                work.run();
            } finally {
                security.clearContext();
            }
        }
    }

    private static long auditRows(ConfigurableApplicationContext app) {
        return app.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM staff_aud", Long.class);
    }

    private ConfigurableApplicationContext start(boolean history) {
        // Arguments, not default properties: they outrank application.properties.
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--staffroom.embedded-db.data-dir=" + dataDirs.resolve(history ? "recording" : "not-recording"),
                "--staffroom.embedded-db.port=0",
                "--staffroom.embedded-db.buffer-pool-size=256M",
                "--staffroom.sample-data.enabled=false",
                "--spring.jpa.properties.hibernate.integration.envers.enabled=" + history);
    }
}
