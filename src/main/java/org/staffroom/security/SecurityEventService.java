package org.staffroom.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.staffroom.base.db.SqlLike;
import org.staffroom.base.db.StreamedReads;

/** What the security log tells a person about their own account. */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class SecurityEventService {

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final CurrentUser currentUser;

    SecurityEventService(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(1000);
        this.currentUser = currentUser;
    }

    /** How a sign-in went, as the person reads it. */
    public enum Result { SIGNED_IN, PASSWORD_ACCEPTED, FAILED }

    /**
     * One sign-in with this account, or a try at one.
     *
     * @param method "password" or "passkey"
     */
    public record SignIn(Instant at, Result result, String method, String address, String userAgent) {
    }

    /** The kinds of event the security log holds, for filtering. */
    public static final List<String> EVENTS = List.of("sign-in", "second-factor", "sign-out", "session-end",
            "account-lock", "address-block", "account-unlock", "password-change", "password-reset",
            "second-factor-enrol", "second-factor-remove", "second-factor-reset", "recovery-codes-renew",
            "verify-again", "access-refused");

    /**
     * What an administrator looks for: events of a person (sign-in name starting with
     * {@code person}), of a kind, between two days (inclusive); any of them may be null.
     */
    public record Filter(String person, String event, LocalDate from, LocalDate to) {
        public static final Filter NONE = new Filter(null, null, null, null);
    }

    /** One event of the security log, as an administrator reads it. */
    public record Entry(long id, Instant at, String event, String outcome, String reason, String signInName,
            String actor, String address, String userAgent, String node, String detail) {
    }

    /** One page of the log, newest first; no count is taken, the grid asks for pages as it scrolls. */
    @PreAuthorize(Access.ADMIN_ONLY)
    public List<Entry> find(Filter filter, int offset, int limit) {
        List<Object> arguments = new ArrayList<>();
        String sql = select(filter, arguments) + " LIMIT ? OFFSET ?";
        arguments.add(limit);
        arguments.add(offset);
        return jdbc.query(sql, SecurityEventService::entry, arguments.toArray());
    }

    /** Every event matching the filter, newest first, one row at a time: a large log never sits in memory. */
    @PreAuthorize(Access.ADMIN_ONLY)
    public void export(Filter filter, Consumer<Entry> consumer) {
        List<Object> arguments = new ArrayList<>();
        String sql = select(filter, arguments);
        streaming.query(StreamedReads.withoutTimeLimit(sql), (RowCallbackHandler) row -> consumer.accept(entry(row, 0)),
                arguments.toArray());
    }

    private static String select(Filter filter, List<Object> arguments) {
        StringBuilder sql = new StringBuilder("SELECT id, occurred_at, event, outcome, reason, sign_in_name, actor, "
                + "address, user_agent, node, detail FROM security_event WHERE 1 = 1");
        if (filter.person() != null && !filter.person().isBlank()) {
            sql.append(" AND sign_in_name LIKE ?");
            arguments.add(SqlLike.escaped(filter.person().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.event() != null && EVENTS.contains(filter.event())) {
            sql.append(" AND event = ?");
            arguments.add(filter.event());
        }
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= ?");
            arguments.add(Timestamp.valueOf(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            sql.append(" AND occurred_at < ?");
            arguments.add(Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay()));
        }
        return sql.append(" ORDER BY occurred_at DESC, id DESC").toString();
    }

    private static Entry entry(ResultSet row, int rowNumber) throws SQLException {
        return new Entry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(), row.getString("event"),
                row.getString("outcome"), row.getString("reason"), row.getString("sign_in_name"),
                row.getString("actor"), row.getString("address"), row.getString("user_agent"), row.getString("node"),
                row.getString("detail"));
    }

    /** The latest sign-ins with the person's account, successful or not, newest first. */
    public List<SignIn> recentSignIns(int limit) {
        return jdbc.query("SELECT occurred_at, outcome, detail, address, user_agent FROM security_event "
                        + "WHERE account_id = ? AND event = 'sign-in' ORDER BY occurred_at DESC, id DESC LIMIT ?",
                (row, i) -> new SignIn(row.getTimestamp("occurred_at").toInstant(), result(row.getString("outcome")),
                        Objects.toString(row.getString("detail"), "").contains("method=passkey") ? "passkey" : "password",
                        Objects.toString(row.getString("address"), ""), Objects.toString(row.getString("user_agent"), "")),
                currentUser.accountId(), limit);
    }

    private static Result result(String outcome) {
        return switch (outcome) {
            case "success" -> Result.SIGNED_IN;
            case "password-accepted" -> Result.PASSWORD_ACCEPTED;
            default -> Result.FAILED;
        };
    }
}
