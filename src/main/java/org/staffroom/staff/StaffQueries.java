package org.staffroom.staff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.staffroom.base.db.SqlLike;
import org.staffroom.base.db.StreamedReads;
import org.staffroom.security.Role;

/**
 * The staff grid's queries, written for a million rows. A page is found as ids first
 * (a covering index range, LIMIT/OFFSET over index entries only), then the entities for
 * those ids are loaded; counting is bounded, never a full-table COUNT(*) per scroll.
 */
@Component
class StaffQueries {

    private static final String LOCKED =
            "EXISTS (SELECT 1 FROM account_lock l WHERE l.account_id = s.id AND l.locked_until > :now)";

    /** Who the directory lists. */
    static final String DIRECTORY = " WHERE s.enabled = TRUE";

    private static final List<String> SEARCHED_COLUMNS = List.of("s.last_name", "s.first_name", "s.email");

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final StaffPositionMarks marks;

    StaffQueries(DataSource dataSource, StaffPositionMarks marks) {
        this.marks = marks;
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        // A fetch size makes MariaDB's driver stream rows instead of holding the result.
        JdbcTemplate streamingTemplate = new JdbcTemplate(dataSource);
        streamingTemplate.setFetchSize(1000);
        this.streaming = new NamedParameterJdbcTemplate(streamingTemplate);
    }

    /** Every match in the default order, one row at a time: a million rows never sit in memory. */
    void export(StaffFilter filter, Consumer<ExportRow> consumer) {
        var params = new MapSqlParameterSource().addValue("now", Timestamp.from(Instant.now()));
        String sql = "SELECT s.last_name, s.first_name, s.email, g.name AS subject_group, s.role, s.enabled, "
                + "s.must_change_password, " + LOCKED + " AS locked FROM staff s "
                + "LEFT JOIN subject_group g ON g.id = s.subject_group_id"
                + where(filter, params, searchCondition(filter)) + " ORDER BY " + StaffSort.LAST_NAME.orderBy(true);
        streaming.query(StreamedReads.withoutTimeLimit(sql), params, (RowCallbackHandler) rs -> consumer.accept(new ExportRow(
                rs.getString("last_name"), rs.getString("first_name"), rs.getString("email"),
                rs.getString("subject_group"), Role.valueOf(rs.getString("role")),
                !rs.getBoolean("enabled") ? StaffStatus.DISABLED
                        : rs.getBoolean("locked") ? StaffStatus.LOCKED
                        : rs.getBoolean("must_change_password") ? StaffStatus.MUST_CHANGE_PASSWORD
                        : StaffStatus.ACTIVE)));
    }

    List<Long> pageIds(StaffFilter filter, StaffSort sort, boolean ascending, int offset, int limit) {
        return pageIds(filter, sort, ascending, offset, limit, new StaffPageBookmarks());
    }

    List<Long> pageIds(StaffFilter filter, StaffSort sort, boolean ascending, int offset, int limit,
            StaffPageBookmarks bookmarks) {
        if (!filter.search().isEmpty()) {
            return searchPageIds(filter, sort, ascending, offset, limit);
        }
        if (sort == StaffSort.SUBJECT_GROUP && filter.subjectGroupId() == null && !filter.withoutSubjectGroup()) {
            return pageIdsGroupByGroup(filter, ascending, offset, limit);
        }
        var params = new MapSqlParameterSource();
        String where = where(filter, params, null);
        return keyedPage(where, params, filter.equals(StaffFilter.NONE), List.of(filter, sort, ascending), sort, ascending,
                offset, limit, bookmarks);
    }

    /** The directory's people (those enabled), paged like the grid. */
    List<Long> directoryPageIds(StaffSort sort, boolean ascending, int offset, int limit, StaffPageBookmarks bookmarks) {
        return keyedPage(DIRECTORY, new MapSqlParameterSource(), true, List.of("directory", sort, ascending),
                sort, ascending, offset, limit, bookmarks);
    }

    /**
     * One page of the rows {@code where} picks, in {@code sort} order: from the nearest bookmark of
     * this grid, or of the list's position marks when {@code marked} (a condition without parameters).
     */
    private List<Long> keyedPage(String where, MapSqlParameterSource params, boolean marked, Object scope,
            StaffSort sort, boolean ascending, int offset, int limit, StaffPageBookmarks bookmarks) {
        var bookmark = bookmarks.before(scope, offset - 1);
        if (marked && (bookmark == null || offset - bookmark.getKey() > StaffPositionMarks.STEP)) {
            // A jump: the grid's own bookmarks are far behind, the list's position marks are nearer.
            var mark = marks.before(where, sort, ascending, offset - 1);
            if (mark != null && (bookmark == null || mark.getKey() > bookmark.getKey())) {
                bookmark = mark;
            }
        }
        String condition = where;
        int skip = offset;
        if (bookmark != null) {
            condition = (where.isEmpty() ? " WHERE " : where + " AND ") + sort.after(ascending);
            for (int i = 0; i < bookmark.getValue().length; i++) {
                params.addValue("k" + i, bookmark.getValue()[i]);
            }
            skip = offset - bookmark.getKey() - 1;
        }
        params.addValue("limit", limit).addValue("offset", skip);
        String sql = "SELECT s.id, " + sort.selectKeys() + " FROM staff s" + join(sort) + condition
                + " ORDER BY " + sort.orderBy(ascending) + " LIMIT :limit OFFSET :offset";
        List<Long> ids = new ArrayList<>(limit);
        jdbc.query(sql, params, (RowCallbackHandler) rs -> {
            ids.add(rs.getLong(1));
            if (rs.isLast()) {
                bookmarks.remember(offset + ids.size() - 1, sort.keyOf(rs, 2));
            }
        });
        return ids;
    }

    /**
     * Name or e-mail prefix: one branch per indexed column, each ordered and cut to the
     * window, so no branch sorts more than it must; an OR would scan the whole table.
     */
    private List<Long> searchPageIds(StaffFilter filter, StaffSort sort, boolean ascending, int offset, int limit) {
        var params = new MapSqlParameterSource().addValue("offset", offset).addValue("limit", limit)
                .addValue("window", offset + limit)
                .addValue("prefix", SqlLike.escaped(filter.search()) + "%");
        List<String> branches = new ArrayList<>();
        for (String column : SEARCHED_COLUMNS) {
            String index = column.equals("s.email") && sort == StaffSort.LAST_NAME
                    && emailsSoonerInNameOrder(filter, offset + limit)
                    ? " FORCE INDEX (ix_staff_last_first_email)" : "";
            branches.add("(SELECT s.id, " + sort.selectKeys() + " FROM staff s" + index + join(sort)
                    + where(filter, params, column + " LIKE :prefix")
                    + " ORDER BY " + sort.orderBy(ascending) + " LIMIT :window)");
        }
        String sql = "SELECT u.id FROM (" + String.join(" UNION ", branches) + ") u ORDER BY "
                + sort.orderByKeys(ascending) + " LIMIT :limit OFFSET :offset";
        return jdbc.queryForList(sql, params, Long.class);
    }

    /**
     * Whether the e-mail branch finds its window sooner by reading the name index in order and
     * skipping everyone else, about {@code window × rows / matches} entries, than by sorting all
     * of its matches. The walk wins once the matches are at least {@code √(window × rows)}, so
     * they are counted up to that and no further (7,072 entries for a first page at a million).
     */
    private boolean emailsSoonerInNameOrder(StaffFilter filter, int window) {
        Long rows = jdbc.getJdbcTemplate().queryForObject("SELECT TABLE_ROWS FROM information_schema.TABLES "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'staff'", Long.class);
        long enough = (long) Math.ceil(Math.sqrt((double) window * Math.max(rows == null ? 0 : rows, 1)));
        var params = new MapSqlParameterSource().addValue("enough", enough);
        Long matches = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM staff s"
                + where(filter, params, "s.email LIKE :prefix") + " LIMIT :enough) t", params, Long.class);
        return matches != null && matches >= enough;
    }

    /**
     * Sorted by subject group name without sorting the table: groups are few, so walk
     * them in name order and read each one's staff from the (group, name) index.
     */
    private List<Long> pageIdsGroupByGroup(StaffFilter filter, boolean ascending, int offset, int limit) {
        List<Long> groups = new ArrayList<>(jdbc.getJdbcTemplate().queryForList(
                "SELECT id FROM subject_group ORDER BY name " + (ascending ? "ASC" : "DESC") + ", id", Long.class));
        // Like ORDER BY g.name: people without a group come first ascending, last descending.
        groups.add(ascending ? 0 : groups.size(), null);
        List<Long> page = new ArrayList<>(limit);
        int skip = offset;
        for (Long group : groups) {
            if (page.size() == limit) {
                break;
            }
            StaffFilter inGroup = new StaffFilter("", group, group == null, filter.role(), filter.status());
            List<Long> ids = pageIds(inGroup, StaffSort.LAST_NAME, ascending, skip, limit - page.size());
            if (ids.isEmpty() && skip > 0) {
                skip -= (int) boundedCount(inGroup, skip);
            } else {
                page.addAll(ids);
                skip = 0;
            }
        }
        return page;
    }

    /** The number of matching staff, counted up to {@code bound}: "more than" is enough for a grid. */
    long boundedCount(StaffFilter filter, int bound) {
        var params = new MapSqlParameterSource();
        if (filter.search().isEmpty()) {
            return countUpTo(where(filter, params, null), bound, params);
        }
        // The OR of a prefix search merges every match of all three indexes before it stops at the
        // bound (50 ms for a common first name at a million). Each column's range stops by itself,
        // and when none reaches the bound their union is small.
        List<String> branches = new ArrayList<>();
        for (String column : SEARCHED_COLUMNS) {
            String where = where(filter, params, column + " LIKE :prefix");
            if (countUpTo(where, bound, params) >= bound) {
                return bound;
            }
            branches.add("SELECT s.id FROM staff s" + where);
        }
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM (" + String.join(" UNION ", branches) + ") u",
                params, Long.class);
        return count == null ? 0 : Math.min(count, bound);
    }

    private long countUpTo(String where, int bound, MapSqlParameterSource params) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM staff s" + where + " LIMIT :bound) t",
                params.addValue("bound", bound), Long.class);
        return count == null ? 0 : count;
    }

    private static String join(StaffSort sort) {
        return sort.needsSubjectGroupJoin() ? " LEFT JOIN subject_group g ON g.id = s.subject_group_id" : "";
    }

    /** The condition on {@code s} (with its parameters) that picks everyone matching {@code filter}, for a set-based change. */
    static String matching(StaffFilter filter, MapSqlParameterSource params) {
        String where = where(filter, params, searchCondition(filter));
        return where.isEmpty() ? "TRUE" : where.substring(" WHERE ".length());
    }

    private static String searchCondition(StaffFilter filter) {
        return filter.search().isEmpty() ? null
                : "(" + String.join(" OR ", SEARCHED_COLUMNS.stream().map(c -> c + " LIKE :prefix").toList()) + ")";
    }

    private static String where(StaffFilter filter, MapSqlParameterSource params, String extraCondition) {
        List<String> conditions = new ArrayList<>();
        if (extraCondition != null) {
            if (!filter.search().isEmpty()) {
                params.addValue("prefix", SqlLike.escaped(filter.search()) + "%");
            }
            conditions.add(extraCondition);
        }
        if (filter.withoutSubjectGroup()) {
            conditions.add("s.subject_group_id IS NULL");
        } else if (filter.subjectGroupId() != null) {
            params.addValue("group", filter.subjectGroupId());
            conditions.add("s.subject_group_id = :group");
        }
        if (filter.role() != null) {
            params.addValue("role", filter.role().name());
            conditions.add("s.role = :role");
        }
        if (filter.status() != null) {
            if (!params.hasValue("now")) {
                params.addValue("now", Timestamp.from(Instant.now()));
            }
            conditions.add(switch (filter.status()) {
                case DISABLED -> "s.enabled = FALSE";
                case LOCKED -> "s.enabled = TRUE AND " + LOCKED;
                case MUST_CHANGE_PASSWORD -> "s.enabled = TRUE AND s.must_change_password = TRUE AND NOT " + LOCKED;
                case ACTIVE -> "s.enabled = TRUE AND s.must_change_password = FALSE AND NOT " + LOCKED;
            });
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
