package org.staffroom.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.staffroom.security.Role;

/** Whatever path a page takes (offset, bookmark, union, group walk), it is the same rows as a plain ORDER BY. */
@SpringBootTest
@Tag("persistence")
class StaffQueriesTest {

    @Autowired
    StaffQueries queries;

    @Autowired
    StaffPositionMarks marks;

    @Autowired
    JdbcTemplate jdbc;

    private String tag;

    @BeforeEach
    void seed() {
        tag = "q" + System.nanoTime() % 1_000_000_000;
        for (String name : List.of("Zoology ", "Art ", "Music ")) {
            jdbc.update("INSERT INTO subject_group (name) VALUES (?)", name + tag);
        }
        List<Long> groups = jdbc.queryForList("SELECT id FROM subject_group WHERE name LIKE ? ORDER BY id", Long.class, "% " + tag);
        for (int i = 0; i < 120; i++) {
            jdbc.update("INSERT INTO staff (email, first_name, last_name, password_hash, role, subject_group_id, enabled) "
                            + "VALUES (?, ?, ?, 'x', ?, ?, ?)",
                    tag + "." + i + "@school.example", "F" + (i % 7), tag + "L" + (i % 11),
                    i % 5 == 0 ? "ADMIN" : "STAFF", i % 4 == 0 ? null : groups.get(i % groups.size()), i % 9 != 0);
        }
    }

    @Test
    void scrollingWithBookmarksReturnsExactlyTheOffsetPages() {
        for (StaffSort sort : List.of(StaffSort.LAST_NAME, StaffSort.FIRST_NAME, StaffSort.EMAIL, StaffSort.ROLE,
                StaffSort.STATUS)) {
            for (boolean ascending : List.of(true, false)) {
                var bookmarks = new StaffPageBookmarks();
                List<Long> scrolled = new ArrayList<>();
                int total = jdbc.queryForObject("SELECT COUNT(*) FROM staff", Integer.class);
                for (int offset = 0; offset < total; offset += 25) {
                    scrolled.addAll(queries.pageIds(StaffFilter.NONE, sort, ascending, offset, 25, bookmarks));
                }
                List<Long> expected = jdbc.queryForList("SELECT s.id FROM staff s ORDER BY "
                        + sort.orderBy(ascending), Long.class);
                assertThat(scrolled).as(sort + (ascending ? " asc" : " desc")).isEqualTo(expected);
            }
        }
    }

    @Test
    void subjectGroupOrderWalksTheGroupsLikeAJoinWould() {
        for (boolean ascending : List.of(true, false)) {
            List<Long> paged = new ArrayList<>();
            int total = jdbc.queryForObject("SELECT COUNT(*) FROM staff", Integer.class);
            for (int offset = 0; offset < total; offset += 40) {
                paged.addAll(queries.pageIds(StaffFilter.NONE, StaffSort.SUBJECT_GROUP, ascending, offset, 40));
            }
            String direction = ascending ? " ASC" : " DESC";
            List<Long> expected = jdbc.queryForList("SELECT s.id FROM staff s LEFT JOIN subject_group g "
                    + "ON g.id = s.subject_group_id ORDER BY g.name" + direction + ", g.id" + direction
                    + ", s.last_name" + direction + ", s.first_name" + direction + ", s.id" + direction, Long.class);
            assertThat(paged).isEqualTo(expected);
        }
    }

    @Test
    void prefixSearchMatchesNameOrEmailAndCombinesWithFilters() {
        List<Long> viaUnion = queries.pageIds(new StaffFilter(tag + "L1", null, false, Role.ADMIN, null),
                StaffSort.LAST_NAME, true, 0, 100);
        List<Long> expected = jdbc.queryForList("SELECT id FROM staff s WHERE (last_name LIKE ? OR first_name LIKE ? "
                + "OR email LIKE ?) AND role = 'ADMIN' ORDER BY " + StaffSort.LAST_NAME.orderBy(true), Long.class,
                tag + "L1%", tag + "L1%", tag + "L1%");
        assertThat(viaUnion).isNotEmpty().isEqualTo(expected);
        StaffFilter admins = new StaffFilter(tag + "L1", null, false, Role.ADMIN, null);
        assertThat(queries.boundedCount(admins, 1_000)).as("each person once").isEqualTo(expected.size());
        assertThat(queries.boundedCount(admins, 2)).isEqualTo(2);
        assertThat(queries.pageIds(new StaffFilter(tag + ".7@", null, false, null, null), StaffSort.EMAIL, true, 0, 10))
                .hasSize(1);
        // Unescaped, "%" + tag would find this test's people, whose names contain the tag.
        assertThat(queries.pageIds(new StaffFilter("%" + tag, null, false, null, null), StaffSort.EMAIL, true, 0, 10))
                .as("wildcards are taken literally").isEmpty();
    }

    @Test
    void anEmailPrefixOfManyPeopleIsReadInNameOrderAndFindsTheSameRows() {
        seedMany();
        try {
            for (Role role : java.util.Arrays.asList(null, Role.ADMIN)) {
                StaffFilter filter = new StaffFilter(tag + ".m1", null, false, role, null);
                List<Long> expected = jdbc.queryForList("SELECT id FROM staff s WHERE (last_name LIKE ? OR first_name LIKE ? "
                        + "OR email LIKE ?)" + (role == null ? "" : " AND role = 'ADMIN'") + " ORDER BY "
                        + StaffSort.LAST_NAME.orderBy(true), Long.class, tag + ".m1%", tag + ".m1%", tag + ".m1%");
                assertThat(expected).hasSizeGreaterThan(100);
                assertThat(queries.pageIds(filter, StaffSort.LAST_NAME, true, 0, 50)).isEqualTo(expected.subList(0, 50));
                assertThat(queries.pageIds(filter, StaffSort.LAST_NAME, true, 50, 50)).isEqualTo(expected.subList(50, 100));
                // Deep in the matches, where sorting them is the cheaper way.
                int last = expected.size() - 50;
                assertThat(queries.pageIds(filter, StaffSort.LAST_NAME, true, last, 50))
                        .isEqualTo(expected.subList(last, expected.size()));
                assertThat(queries.boundedCount(filter, 10_001)).isEqualTo(expected.size());
            }
        } finally {
            jdbc.update("DELETE FROM staff WHERE email LIKE ?", tag + ".m%");
        }
    }

    @Test
    void aJumpSeeksFromTheListsPositionMarksAndLandsOnTheRowsOfAnOffsetWalk() {
        seedMany();
        try {
            marks.forget();
            for (StaffSort sort : List.of(StaffSort.LAST_NAME, StaffSort.EMAIL, StaffSort.ROLE)) {
                for (boolean ascending : List.of(true, false)) {
                    List<Long> expected = jdbc.queryForList("SELECT s.id FROM staff s ORDER BY "
                            + sort.orderBy(ascending), Long.class);
                    assertJumpLands("", expected, sort, ascending,
                            offset -> queries.pageIds(StaffFilter.NONE, sort, ascending, offset, 30));
                }
            }
            List<Long> directory = jdbc.queryForList("SELECT s.id FROM staff s" + StaffQueries.DIRECTORY + " ORDER BY "
                    + StaffSort.LAST_NAME.orderBy(true), Long.class);
            assertJumpLands(StaffQueries.DIRECTORY, directory, StaffSort.LAST_NAME, true, offset ->
                    queries.directoryPageIds(StaffSort.LAST_NAME, true, offset, 30, new StaffPageBookmarks()));
        } finally {
            jdbc.update("DELETE FROM staff WHERE email LIKE ?", tag + ".m%");
            marks.forget();
        }
    }

    private void assertJumpLands(String where, List<Long> expected, StaffSort sort, boolean ascending,
            java.util.function.IntFunction<List<Long>> page) {
        int offset = expected.size() * 9 / 10;
        // The marks are built in the background after the first jump asks for them.
        page.apply(offset);
        await().atMost(java.time.Duration.ofSeconds(20)).until(() -> marks.before(where, sort, ascending, offset - 1) != null);
        assertThat(marks.before(where, sort, ascending, offset - 1).getKey()).as("a mark close before the jump")
                .isGreaterThan(offset - 1 - StaffPositionMarks.STEP);
        assertThat(page.apply(offset)).as(sort + (ascending ? " asc" : " desc") + where)
                .isEqualTo(expected.subList(offset, offset + 30));
    }

    // Enough people for position marks, and an e-mail prefix (tag.m1…) that 2,000 or more match.
    private void seedMany() {
        jdbc.update("INSERT INTO staff (email, first_name, last_name, password_hash, role, enabled) SELECT "
                + "CONCAT(?, '.m1', seq, '@school.example'), 'M', CONCAT(?, 'M', seq % 97), 'x', "
                + "IF(seq % 7 = 0, 'ADMIN', 'STAFF'), seq % 10 <> 0 FROM seq_1_to_2500", tag, tag);
    }
}
