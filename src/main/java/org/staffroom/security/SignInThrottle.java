package org.staffroom.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and per client address, in the database so that
 * every app node sees the same counts. Five failures for an account within fifteen
 * minutes lock it, for longer each time; many failures from one address block it.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class SignInThrottle {

    static final int ACCOUNT_FAILURE_LIMIT = 5;
    static final int ADDRESS_FAILURE_LIMIT = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final List<Duration> LOCK_DURATIONS =
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60));
    static final Duration ADDRESS_BLOCK = Duration.ofMinutes(15);

    // Takes the row's exclusive lock whether it is new or not: INSERT IGNORE took a shared one,
    // and two parallel attempts then deadlocked waiting to upgrade it for the FOR UPDATE.
    private static final String ACCOUNT_ROW = "INSERT INTO account_lock (account_id, failures, window_started_at) "
            + "VALUES (?, 0, ?) ON DUPLICATE KEY UPDATE account_id = account_id";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Autowired
    SignInThrottle(JdbcTemplate jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    SignInThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a failure led to, for the audit log. */
    public enum Outcome { COUNTED, LOCKED }

    /** Whether a sign-in attempt may compare the password, counted before it does. */
    public enum Attempt {
        /** Locked: the password is not compared with the account's hash. */
        REFUSED,
        /** Counted; a failure adds nothing more. */
        ALLOWED,
        /** Counted as the last one allowed: the account is locked unless this one succeeds. */
        LAST_ALLOWED
    }

    /**
     * Counts a sign-in attempt on the account before its password is compared, under the row's
     * lock, so that parallel guesses cannot all be compared: the attempt that reaches the limit
     * locks the account at once, and only a success ({@link #release}) lifts that lock.
     */
    public Attempt beginAttempt(long accountId) {
        Instant now = clock.instant();
        jdbc.update(ACCOUNT_ROW, accountId, Timestamp.from(now));
        var row = jdbc.queryForMap("SELECT failures, window_started_at, locked_until, lock_level FROM account_lock "
                + "WHERE account_id = ? FOR UPDATE", accountId);
        Object lockedUntil = row.get("locked_until");
        if (lockedUntil != null && instantOf(lockedUntil).isAfter(now)) {
            return Attempt.REFUSED;
        }
        return lockIfAtLimit(accountId, row, now) == Outcome.LOCKED ? Attempt.LAST_ALLOWED : Attempt.ALLOWED;
    }

    @Transactional(readOnly = true)
    public boolean isAccountLocked(long accountId) {
        return isAfterNow("SELECT locked_until FROM account_lock WHERE account_id = ?", accountId);
    }

    /** Which of {@code accountIds} are locked now, in one query (for a page of a grid). */
    @Transactional(readOnly = true)
    public Set<Long> lockedAmong(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        var params = new MapSqlParameterSource().addValue("ids", accountIds)
                .addValue("now", Timestamp.from(clock.instant()));
        return Set.copyOf(new NamedParameterJdbcTemplate(jdbc).queryForList(
                "SELECT account_id FROM account_lock WHERE account_id IN (:ids) AND locked_until > :now",
                params, Long.class));
    }

    @Transactional(readOnly = true)
    public boolean isAddressBlocked(String address) {
        return isAfterNow("SELECT blocked_until FROM address_throttle WHERE address = ?", address);
    }

    public Outcome recordAccountFailure(long accountId) {
        Instant now = clock.instant();
        jdbc.update(ACCOUNT_ROW, accountId, Timestamp.from(now));
        var row = jdbc.queryForMap(
                "SELECT failures, window_started_at, lock_level FROM account_lock WHERE account_id = ? FOR UPDATE",
                accountId);
        return lockIfAtLimit(accountId, row, now);
    }

    private Outcome lockIfAtLimit(long accountId, java.util.Map<String, Object> row, Instant now) {
        int failures = countInWindow(row, now);
        int lockLevel = ((Number) row.get("lock_level")).intValue();
        if (failures >= ACCOUNT_FAILURE_LIMIT) {
            Duration lock = LOCK_DURATIONS.get(Math.min(lockLevel, LOCK_DURATIONS.size() - 1));
            jdbc.update("UPDATE account_lock SET failures = 0, window_started_at = ?, locked_until = ?, "
                    + "lock_level = lock_level + 1 WHERE account_id = ?",
                    Timestamp.from(now), Timestamp.from(now.plus(lock)), accountId);
            return Outcome.LOCKED;
        }
        jdbc.update("UPDATE account_lock SET failures = ?, window_started_at = ? WHERE account_id = ?",
                failures, windowStart(row, now), accountId);
        return Outcome.COUNTED;
    }

    public Outcome recordAddressFailure(String address) {
        Instant now = clock.instant();
        jdbc.update("INSERT INTO address_throttle (address, failures, window_started_at) VALUES (?, 0, ?) "
                + "ON DUPLICATE KEY UPDATE address = address", address, Timestamp.from(now));
        var row = jdbc.queryForMap(
                "SELECT failures, window_started_at FROM address_throttle WHERE address = ? FOR UPDATE", address);
        int failures = countInWindow(row, now);
        if (failures >= ADDRESS_FAILURE_LIMIT) {
            jdbc.update("UPDATE address_throttle SET failures = 0, window_started_at = ?, blocked_until = ? "
                    + "WHERE address = ?", Timestamp.from(now), Timestamp.from(now.plus(ADDRESS_BLOCK)), address);
            return Outcome.LOCKED;
        }
        jdbc.update("UPDATE address_throttle SET failures = ?, window_started_at = ? WHERE address = ?",
                failures, windowStart(row, now), address);
        return Outcome.COUNTED;
    }

    /** A successful sign-in (or an administrator) releases the lock and forgets the failures. */
    public void release(long accountId) {
        jdbc.update("DELETE FROM account_lock WHERE account_id = ?", accountId);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public void forgetOldAddresses() {
        Timestamp cutoff = Timestamp.from(clock.instant().minus(Duration.ofDays(1)));
        jdbc.update("DELETE FROM address_throttle WHERE window_started_at < ? "
                + "AND (blocked_until IS NULL OR blocked_until < ?)", cutoff, cutoff);
    }

    private boolean isAfterNow(String sql, Object key) {
        List<Timestamp> until = jdbc.queryForList(sql, Timestamp.class, key);
        return !until.isEmpty() && until.getFirst() != null && until.getFirst().toInstant().isAfter(clock.instant());
    }

    private static int countInWindow(java.util.Map<String, Object> row, Instant now) {
        boolean windowOver = windowStartOf(row).plus(WINDOW).isBefore(now);
        return windowOver ? 1 : ((Number) row.get("failures")).intValue() + 1;
    }

    private static Timestamp windowStart(java.util.Map<String, Object> row, Instant now) {
        Instant start = windowStartOf(row);
        return Timestamp.from(start.plus(WINDOW).isBefore(now) ? now : start);
    }

    private static Instant windowStartOf(java.util.Map<String, Object> row) {
        return instantOf(row.get("window_started_at"));
    }

    private static Instant instantOf(Object value) {
        return value instanceof java.time.LocalDateTime local
                ? Timestamp.valueOf(local).toInstant()
                : ((Timestamp) value).toInstant();
    }
}
