package org.staffroom.security;

import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.time.Duration;
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
    enum Verdict { CURRENT, IDLE, TOO_OLD }

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
    String start(long accountId) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbc.update("INSERT INTO signed_in_session (token, account_id, started_at, last_active_at) "
                + "VALUES (?, ?, NOW(6), NOW(6))", token, accountId);
        return token;
    }

    /** Whether the session may go on; an active request also counts as its latest activity. */
    Verdict check(String token, boolean active) {
        List<Verdict> found = jdbc.query("SELECT started_at < NOW(6) - INTERVAL ? MICROSECOND AS too_old, "
                        + "last_active_at < NOW(6) - INTERVAL ? MICROSECOND AS idle FROM signed_in_session WHERE token = ?",
                (row, i) -> row.getBoolean("too_old") ? Verdict.TOO_OLD
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
                + "OR started_at < NOW(6) - INTERVAL ? MICROSECOND", micros(idleTimeout), micros(maxAge));
    }

    private static long micros(Duration duration) {
        return duration.toNanos() / 1000;
    }
}
