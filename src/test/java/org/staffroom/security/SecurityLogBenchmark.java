package org.staffroom.security;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.staffroom.Benchmarks;

/**
 * Not a test: the security log view's pages at 10,000 and at 1,000,000 events on the
 * embedded MariaDB, as medians and their ratio. Run it with
 * {@code ./mvnw test -Dtest=SecurityLogBenchmark -Dsurefire.excludedGroups=none}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"staffroom.embedded-db.data-dir=target/benchmark-mariadb/${random.uuid}",
        "staffroom.embedded-db.buffer-pool-size=512M"})
class SecurityLogBenchmark {

    private static final int PAGE = 50;
    private static final int RUNS = 21;
    // Not a multiple of 10 or 9, so that each person has every kind of event and outcome.
    private static final int PEOPLE = 4_999;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecurityEventService events;

    @Test
    void securityLogPages() {
        seed(1, 10_000);
        Map<String, Double> small = measure(10_000);
        seed(10_001, 1_000_000);
        Map<String, Double> large = measure(1_000_000);

        System.out.printf("%nSecurity log benchmark: median ms of %d runs (page of %d events)%n", RUNS, PAGE);
        System.out.printf("%-40s %10s %10s %8s%n", "page", "10k", "1M", "1M/10k");
        small.forEach((page, smallMedian) -> System.out.printf("%-40s %10.2f %10.2f %8.2f%n", page, smallMedian,
                large.get(page), large.get(page) / smallMedian));
    }

    private Map<String, Double> measure(int rows) {
        jdbc.execute("ANALYZE TABLE security_event");
        // Events are a second apart: the first day holds all 10,000, or 86,400 of the million.
        LocalDate day = jdbc.queryForObject("SELECT DATE(MIN(occurred_at)) FROM security_event", LocalDate.class);
        Map<String, Supplier<List<?>>> pages = new LinkedHashMap<>();
        pages.put("first page, no filter", () -> page(SecurityEventService.Filter.NONE, 0));
        pages.put("page 20, scrolling", () -> page(SecurityEventService.Filter.NONE, 20 * PAGE));
        pages.put("one person (full e-mail)", () -> page(filter("person1234@bench.example", null, null), 0));
        pages.put("e-mail prefix \"person12\"", () -> page(filter("person12", null, null), 0));
        pages.put("event: password reset", () -> page(filter(null, "password-reset", null), 0));
        pages.put("one day", () -> page(filter(null, null, day), 0));
        pages.put("person and event", () -> page(filter("person1234@bench.example", "sign-in", null), 0));
        Map<String, Double> medians = new LinkedHashMap<>();
        pages.forEach((name, page) -> medians.put(name, Benchmarks.medianMillis(page, 3, RUNS)));
        return medians;
    }

    private static SecurityEventService.Filter filter(String person, String event, LocalDate day) {
        return new SecurityEventService.Filter(person, event, day, day);
    }

    private List<?> page(SecurityEventService.Filter filter, int offset) {
        @SuppressWarnings("unchecked")
        List<?>[] page = new List[1];
        SystemAccount.runAsAdministrator(() -> page[0] = events.find(filter, offset, PAGE));
        if (page[0].isEmpty()) {
            throw new IllegalStateException("expected events for " + filter);
        }
        return page[0];
    }

    // One INSERT … SELECT from MariaDB's sequence engine; event n happened n seconds after the first.
    private void seed(int from, int to) {
        long start = System.nanoTime();
        jdbc.update("INSERT INTO security_event (occurred_at, event, outcome, reason, account_id, sign_in_name, actor, "
                + "address, user_agent, node, detail) SELECT TIMESTAMP'2026-01-01 00:00:00' + INTERVAL seq SECOND, "
                + "ELT(1 + seq % 10, 'sign-in', 'sign-in', 'sign-in', 'sign-in', 'sign-out', 'sign-out', "
                + "'session-end', 'second-factor', 'password-change', 'password-reset'), "
                + "IF(seq % 9 = 0, 'failure', 'success'), IF(seq % 9 = 0, 'bad-credentials', NULL), "
                + "seq % " + PEOPLE + ", CONCAT('person', seq % " + PEOPLE + ", '@bench.example'), NULL, "
                + "CONCAT('10.0.', seq % 250, '.', seq % 200), 'Mozilla/5.0 (X11; Linux x86_64) Chrome/142.0', "
                + "'node-1', NULL FROM seq_" + from + "_to_" + to);
        System.out.printf("seeded events %,d..%,d in %.1f s%n", from, to, (System.nanoTime() - start) / 1e9);
    }
}
