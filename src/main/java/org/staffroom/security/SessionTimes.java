package org.staffroom.security;

import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.staffroom.base.config.StaffroomProperties;

/**
 * When each signed-in session started and was last used, kept in the database and measured
 * by the database's clock, so the idle timeout and the maximum age (ASVS 7.3.1, 7.3.2) hold
 * on every node, whichever served the session before. Vaadin's heartbeat is not activity.
 */
@Component
class SessionTimes {

    /** Why a session is over, or that it is not. */
    enum Verdict { CURRENT, IDLE, TOO_OLD, ENDED }

    /** A signed-in session as its owner sees it; the token stays on the server. */
    record Entry(String token, Instant startedAt, Instant lastActiveAt, String address, String userAgent) {
    }

    private static final int USER_AGENT_LENGTH = 255;

    // Writing the time of every request would cost a write per click; this close is enough.
    private static final Duration ACTIVITY_RESOLUTION = Duration.ofSeconds(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Duration idleTimeout;
    private final Duration maxAge;

    SessionTimes(JdbcTemplate jdbc, StaffroomProperties properties) {
        this.jdbc = jdbc;
        this.idleTimeout = properties.sessionTimeout();
        this.maxAge = properties.sessionMaxAge();
    }

    /** Starts the clock of a session just signed in; the token is what the session keeps. */
    String start(long accountId, String address, String userAgent) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String agent = userAgent == null ? null : userAgent.replaceAll("\\p{Cntrl}", "");
        jdbc.update("INSERT INTO signed_in_session (token, account_id, started_at, last_active_at, address, user_agent) "
                + "VALUES (?, ?, NOW(6), NOW(6), ?, ?)", token, accountId, address,
                agent == null || agent.length() <= USER_AGENT_LENGTH ? agent : agent.substring(0, USER_AGENT_LENGTH));
        return token;
    }

    /** The account's open sessions, the most recently used first. */
    List<Entry> of(long accountId) {
        return jdbc.query("SELECT token, started_at, last_active_at, address, user_agent FROM signed_in_session "
                        + "WHERE account_id = ? AND NOT ended AND last_active_at >= NOW(6) - INTERVAL ? MICROSECOND "
                        + "AND started_at >= NOW(6) - INTERVAL ? MICROSECOND ORDER BY last_active_at DESC",
                (row, i) -> new Entry(row.getString("token"), row.getTimestamp("started_at").toInstant(),
                        row.getTimestamp("last_active_at").toInstant(), row.getString("address"),
                        row.getString("user_agent")),
                accountId, micros(idleTimeout), micros(maxAge));
    }

    /** Ends one of the account's sessions at its next request, on whichever node it is. */
    boolean endOne(long accountId, String token) {
        return jdbc.update("UPDATE signed_in_session SET ended = TRUE WHERE account_id = ? AND token = ?",
                accountId, token) == 1;
    }

    /** Whether the session may go on; an active request also counts as its latest activity. */
    Verdict check(String token, boolean active) {
        List<Verdict> found = jdbc.query("SELECT started_at < NOW(6) - INTERVAL ? MICROSECOND AS too_old, "
                        + "last_active_at < NOW(6) - INTERVAL ? MICROSECOND AS idle, ended FROM signed_in_session "
                        + "WHERE token = ?",
                (row, i) -> row.getBoolean("ended") ? Verdict.ENDED : row.getBoolean("too_old") ? Verdict.TOO_OLD
                        : row.getBoolean("idle") ? Verdict.IDLE : Verdict.CURRENT,
                micros(maxAge), micros(idleTimeout), token);
        Verdict verdict = found.isEmpty() ? Verdict.IDLE : found.getFirst();
        if (verdict == Verdict.CURRENT && active) {
            jdbc.update("UPDATE signed_in_session SET last_active_at = NOW(6) WHERE token = ? "
                    + "AND last_active_at < NOW(6) - INTERVAL ? MICROSECOND", token, micros(ACTIVITY_RESOLUTION));
        }
        return verdict;
    }

    /** Forgets the clock of a session that ends, whatever ended it. */
    void end(HttpSession session) {
        if (session.getAttribute(SessionRevocationFilter.TOKEN) instanceof String token) {
            jdbc.update("DELETE FROM signed_in_session WHERE token = ?", token);
        }
    }

    /** Sessions nobody came back to; their rows would otherwise stay forever. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetEndedSessions() {
        jdbc.update("DELETE FROM signed_in_session WHERE last_active_at < NOW(6) - INTERVAL ? MICROSECOND "
                + "OR started_at < NOW(6) - INTERVAL ? MICROSECOND OR (ended AND last_active_at < NOW(6) - INTERVAL 1 DAY)",
                micros(idleTimeout), micros(maxAge));
    }

    private static long micros(Duration duration) {
        return duration.toNanos() / 1000;
    }
}
