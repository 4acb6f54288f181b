package org.staffroom.staff;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.staffroom.Benchmarks;
import org.staffroom.security.SystemAccount;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;

/**
 * Not a test: a benchmark of the staff grid's server-side fetches at 10,000 and at
 * 1,000,000 rows on the embedded MariaDB. Excluded from normal builds; run it with
 * {@code ./mvnw test -Dtest=StaffGridBenchmark -Dsurefire.excludedGroups=none}.
 * It prints the median of each operation for both sizes and their ratio.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"staffroom.embedded-db.data-dir=target/benchmark-mariadb/${random.uuid}",
        "staffroom.embedded-db.buffer-pool-size=512M"})
class StaffGridBenchmark {

    private static final int PAGE = 50;
    private static final int WARMUP = 3;
    private static final int RUNS = 21;
    private static final String FIRST_NAMES = "'Amelia','Ben','Chloé','Dawit','Eleanor','Farid','Grace','Hiroshi','Isla',"
            + "'Jakob','Kavya','Liam','Mei','Noah','Olivia','Paweł','Quinn','Rosa','Sven','Thi','Uma','Viktor','Wen','Yusuf'";
    private static final String LAST_NAME_STEMS = "'Anders','Brenn','Costa','Dubois','Evans','Fisch','García','Hughes',"
            + "'Ivanov','Jones','Kowal','Lind','Müller','Nguyễn','O''Connor','Patel','Quirk','Rossi','Smith','Tanaka',"
            + "'Ueda','Vogel','Weber','Xu','Young','Zimmer','Ōtsuka','Schmidt','Wang','Kim'";
    private static final String LAST_NAME_ENDINGS = "'','son','berg','mann','ley','ford','stein','sen','ova','ez'";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StaffService staffService;

    @Autowired
    StaffPositionMarks marks;

    @Autowired
    StaffRepository repository;

    @Autowired
    SubjectGroupService subjectGroupService;

    @Test
    void staffGridFetches() {
        List<Long> groups = seedGroups();
        seed(1, 10_000, groups);
        Map<String, Double> small = measure(10_000, groups);
        seed(10_001, 1_000_000, groups);
        Map<String, Double> large = measure(1_000_000, groups);

        System.out.printf("%nStaff grid benchmark: median server-side ms of %d runs (page of %d rows)%n", RUNS, PAGE);
        System.out.printf("%-34s %10s %10s %8s%n", "operation", "10k", "1M", "1M/10k");
        small.forEach((operation, smallMedian) -> System.out.printf("%-34s %10.2f %10.2f %8.2f%n",
                operation, smallMedian, large.get(operation), large.get(operation) / smallMedian));
    }

    private Map<String, Double> measure(int rows, List<Long> groups) {
        jdbc.execute("ANALYZE TABLE staff, subject_group");
        // The seed went behind the app's back; a jump asks for the marks and they are built in the background.
        marks.forget();
        page(StaffFilter.NONE, StaffSort.LAST_NAME, true, rows * 9 / 10);
        directory(rows * 9 / 10);
        await().atMost(Duration.ofMinutes(2)).until(() -> marks.before("", StaffSort.LAST_NAME, true, rows * 9 / 10) != null
                && marks.before(StaffQueries.DIRECTORY, StaffSort.LAST_NAME, true, rows * 9 / 10) != null);
        Map<String, Supplier<?>> operations = new LinkedHashMap<>();
        operations.put("first page, default sort", () -> page(StaffFilter.NONE, StaffSort.LAST_NAME, true, 0));
        operations.put("jump to 90% of the list", () -> page(StaffFilter.NONE, StaffSort.LAST_NAME, true, rows * 9 / 10));
        // The same jump as before the position marks: an OFFSET walk over the index, then the page's entities.
        operations.put("jump to 90%, OFFSET walk (before)", () -> offsetJump("", rows * 9 / 10));
        // What a grid does while scrolling: the page after the one it just loaded.
        var scrolling = new StaffPageBookmarks();
        page(StaffFilter.NONE, StaffSort.LAST_NAME, true, rows / 2, scrolling);
        int[] next = {rows / 2 + PAGE};
        operations.put("next page from 50%, scrolling", () -> {
            List<Staff> page = page(StaffFilter.NONE, StaffSort.LAST_NAME, true, next[0], scrolling);
            next[0] += PAGE;
            return page;
        });
        var scrollingByEmail = new StaffPageBookmarks();
        page(StaffFilter.NONE, StaffSort.EMAIL, false, rows / 4, scrollingByEmail);
        int[] nextByEmail = {rows / 4 + PAGE};
        operations.put("next page from 25%, e-mail desc", () -> {
            List<Staff> page = page(StaffFilter.NONE, StaffSort.EMAIL, false, nextByEmail[0], scrollingByEmail);
            nextByEmail[0] += PAGE;
            return page;
        });
        for (StaffSort sort : StaffSort.values()) {
            operations.put("sort " + sort.name().toLowerCase() + " asc", () -> page(StaffFilter.NONE, sort, true, 0));
            operations.put("sort " + sort.name().toLowerCase() + " desc", () -> page(StaffFilter.NONE, sort, false, 0));
        }
        operations.put("name prefix \"Müll\"", () -> page(new StaffFilter("Müll", null, false, null, null), StaffSort.LAST_NAME, true, 0));
        operations.put("e-mail prefix \"bench12\"", () -> page(new StaffFilter("bench12", null, false, null, null), StaffSort.LAST_NAME, true, 0));
        operations.put("e-mail branch, sorting matches (before)",
                () -> emailBranch("bench12", " FORCE INDEX (uk_staff_email)", PAGE));
        operations.put("e-mail branch, name order (after)",
                () -> emailBranch("bench12", " FORCE INDEX (ix_staff_last_first_email)", PAGE));
        // Deep in the matches, where a search's scroll lands: 9,400 of 11,111 at a million, the last
        // page of the 111 at 10,000.
        int deep = (int) Math.min(9_400, count(new StaffFilter("bench12", null, false, null, null)) - PAGE);
        operations.put("e-mail prefix \"bench12\", deep page", () -> page(new StaffFilter("bench12", null, false, null, null),
                StaffSort.LAST_NAME, true, deep));
        operations.put("e-mail branch, deep, name order (before)",
                () -> emailBranch("bench12", " FORCE INDEX (ix_staff_last_first_email)", deep + PAGE));
        operations.put("e-mail branch, deep, sorting (after)",
                () -> emailBranch("bench12", " FORCE INDEX (uk_staff_email)", deep + PAGE));
        // A prefix everyone shares, as the first letters typed are.
        operations.put("e-mail prefix \"bench\" (everyone)",
                () -> page(new StaffFilter("bench", null, false, null, null), StaffSort.LAST_NAME, true, 0));
        operations.put("e-mail branch, everyone, sorting (before)",
                () -> emailBranch("bench", " FORCE INDEX (uk_staff_email)", PAGE));
        operations.put("e-mail branch, everyone, name order (after)",
                () -> emailBranch("bench", " FORCE INDEX (ix_staff_last_first_email)", PAGE));
        operations.put("subject group filter", () -> page(new StaffFilter("", groups.get(3), false, null, null), StaffSort.LAST_NAME, true, 0));
        operations.put("without subject group", () -> page(new StaffFilter("", null, true, null, null), StaffSort.LAST_NAME, true, 0));
        operations.put("bounded count (10,001)", () -> count(StaffFilter.NONE));
        // A search's count: "Ros" is a first name and the start of a last name, tens of thousands each.
        operations.put("search count \"Ros\" (10,001)", () -> count(new StaffFilter("Ros", null, false, null, null)));
        operations.put("search count by OR (before)", () -> jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 "
                + "FROM staff s WHERE (s.last_name LIKE 'Ros%' OR s.first_name LIKE 'Ros%' OR s.email LIKE 'Ros%') "
                + "LIMIT 10001) t", Long.class));
        operations.put("directory, first page", () -> directory(0));
        operations.put("directory, jump to 90%", () -> directory(rows * 9 / 10));
        operations.put("directory, jump by OFFSET (before)", () -> offsetJump(StaffQueries.DIRECTORY, rows * 9 / 10));
        // Opening subject groups: the page's counts as they were, counted from the members' index, and
        // as they are, kept on each group.
        operations.put("subject groups, counting members (before)", () -> jdbc.queryForList(
                "SELECT subject_group_id, COUNT(*) FROM staff WHERE subject_group_id IN ("
                        + String.join(",", groups.stream().map(String::valueOf).toList()) + ") GROUP BY subject_group_id"));
        operations.put("subject groups, kept counts (after)", this::subjectGroups);
        Map<String, Double> medians = new LinkedHashMap<>();
        operations.forEach((name, operation) -> medians.put(name, Benchmarks.medianMillis(operation, WARMUP, RUNS)));
        return medians;
    }

    private List<Staff> page(StaffFilter filter, StaffSort sort, boolean ascending, int offset) {
        return page(filter, sort, ascending, offset, new StaffPageBookmarks());
    }

    private List<Staff> page(StaffFilter filter, StaffSort sort, boolean ascending, int offset,
            StaffPageBookmarks bookmarks) {
        List<Staff> page = new ArrayList<>();
        SystemAccount.runAsAdministrator(
                () -> page.addAll(staffService.find(filter, sort, ascending, offset, PAGE, bookmarks)));
        if (page.size() != PAGE) {
            throw new IllegalStateException("expected a full page, got " + page.size());
        }
        return page;
    }

    private List<DirectoryEntry> directory(int offset) {
        List<DirectoryEntry> page = new ArrayList<>();
        SystemAccount.runAsAdministrator(() -> page.addAll(
                staffService.directory(StaffSort.LAST_NAME, true, offset, PAGE, new StaffPageBookmarks())));
        return page;
    }

    // The jump as it was: an OFFSET walk over the index for the ids, then their entities.
    private List<Staff> offsetJump(String where, int offset) {
        List<Long> ids = jdbc.queryForList("SELECT s.id FROM staff s" + where + " ORDER BY "
                + StaffSort.LAST_NAME.orderBy(true) + " LIMIT " + PAGE + " OFFSET " + offset, Long.class);
        return repository.findWithSubjectGroupByIdIn(ids);
    }

    // The e-mail branch of a prefix search for the first page: on the e-mail's index as it was (every
    // match read, then sorted by name), or on the name index in name order.
    private List<Long> emailBranch(String prefix, String index, int window) {
        return jdbc.queryForList("SELECT s.id FROM staff s" + index + " WHERE s.email LIKE ? ORDER BY "
                + StaffSort.LAST_NAME.orderBy(true) + " LIMIT " + window, Long.class, prefix + "%");
    }

    private List<SubjectGroup> subjectGroups() {
        List<SubjectGroup> page = new ArrayList<>();
        SystemAccount.runAsAdministrator(() -> page.addAll(subjectGroupService.find("", PageRequest.of(0, PAGE,
                Sort.by(Sort.Order.desc("staffCount"))))));
        if (page.getFirst().getStaffCount() == 0) {
            throw new IllegalStateException("expected the groups' members to be counted");
        }
        return page;
    }

    private long count(StaffFilter filter) {
        long[] count = new long[1];
        SystemAccount.runAsAdministrator(() -> count[0] = staffService.countUpTo(filter, 10_001));
        return count[0];
    }

    private List<Long> seedGroups() {
        jdbc.update("INSERT INTO subject_group (name) SELECT CONCAT('Bench group ', seq) FROM seq_1_to_20");
        return jdbc.queryForList("SELECT id FROM subject_group WHERE name LIKE 'Bench group %' ORDER BY id", Long.class);
    }

    // One INSERT … SELECT from MariaDB's sequence engine: about a million rows in seconds.
    private void seed(int from, int to, List<Long> groups) {
        long start = System.nanoTime();
        String sql = "INSERT INTO staff (email, first_name, last_name, password_hash, role, subject_group_id, "
                + "enabled, must_change_password) SELECT "
                + "CONCAT('bench', seq, '@bench.example'), "
                + "ELT(1 + seq % 24, " + FIRST_NAMES + "), "
                + "CONCAT(ELT(1 + (seq DIV 24) % 30, " + LAST_NAME_STEMS + "), ELT(1 + (seq DIV 720) % 10, "
                + LAST_NAME_ENDINGS + ")), "
                + "'{bcrypt}not-a-real-hash', IF(seq % 50 = 0, 'ADMIN', 'STAFF'), "
                + "IF(seq % 25 = 0, NULL, " + groups.getFirst() + " + seq % 20), seq % 100 <> 0, seq % 20 = 0 "
                + "FROM seq_" + from + "_to_" + to;
        // One connection, so the relaxed checks apply to the insert; the generated data is valid.
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0, max_statement_time = 0");
                statement.executeUpdate(sql);
                statement.execute("SET SESSION unique_checks = 1, foreign_key_checks = 1");
            }
            return null;
        });
        System.out.printf("seeded staff %,d..%,d in %.1f s%n", from, to, (System.nanoTime() - start) / 1e9);
    }
}
