package org.staffroom.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.staffroom.base.db.DatabaseFailures;

/**
 * The security log: each event is a {@code key=value} line on the {@code org.staffroom.audit}
 * logger ({@link AuditLog}, in the order the fields were given) and a row of
 * {@code security_event}, with the time, the account, the client's address and browser, and
 * the node. Values come from the app, never a password or a hash. An entry that cannot be
 * stored (the database is away) is still logged.
 */
@Component
public class SecurityLog {

    private static final Logger log = LoggerFactory.getLogger(SecurityLog.class);
    private static final int USER_AGENT_LENGTH = 160;
    private static final int DETAIL_LENGTH = 255;
    private static final List<String> COLUMNS = List.of("event", "outcome", "reason", "user", "by", "address");

    private final JdbcTemplate jdbc;
    private final String node;

    SecurityLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.node = hostName();
    }

    /** Starts an entry: {@code event=...}, then the fields in the order of the calls. */
    public Entry event(String event) {
        return new Entry(event);
    }

    /** One entry being written. */
    public final class Entry {
        private final Map<String, String> fields = new LinkedHashMap<>();
        private Long accountId;

        private Entry(String event) {
            fields.put("event", event);
        }

        public Entry outcome(String outcome) {
            return with("outcome", outcome);
        }

        /** Why it failed; kept for administrators, never shown at sign-in. */
        public Entry reason(String reason) {
            return with("reason", reason);
        }

        /** The account concerned, by sign-in name (and id, which the log keeps beyond renames). */
        public Entry user(String signInName, Long id) {
            accountId = id;
            return with("user", signInName);
        }

        public Entry user(Account account) {
            return user(account.signInName(), account.id());
        }

        public Entry address(String address) {
            return with("address", address);
        }

        /** Who did it, when someone else than the account: an administrator, say. */
        public Entry by(String actor) {
            return with("by", actor);
        }

        /** Any other field, for the line and the entry's detail. */
        public Entry with(String key, Object value) {
            fields.put(key, String.valueOf(value));
            return this;
        }

        public void info() {
            write(Level.INFO);
        }

        public void warn() {
            write(Level.WARN);
        }

        private void write(Level level) {
            String line = fields.entrySet().stream().map(field -> field.getKey() + "=" + field.getValue())
                    .collect(Collectors.joining(" "));
            AuditLog.LOG.atLevel(level).log(line);
            store();
        }

        private void store() {
            HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes
                    attributes ? attributes.getRequest() : null;
            String address = fields.getOrDefault("address", request == null ? null : ClientAddressFilter.of(request));
            String userAgent = request == null ? null : request.getHeader("User-Agent");
            List<String> detail = new ArrayList<>();
            fields.forEach((key, value) -> {
                if (!COLUMNS.contains(key)) {
                    detail.add(key + "=" + value);
                }
            });
            try {
                jdbc.update("INSERT INTO security_event (occurred_at, event, outcome, reason, account_id, sign_in_name, "
                                + "actor, address, user_agent, node, detail) VALUES (NOW(6), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        fields.get("event"), fields.getOrDefault("outcome", "-"), fields.get("reason"), accountId,
                        fields.get("user"), fields.get("by"), address, shortened(userAgent, USER_AGENT_LENGTH), node,
                        detail.isEmpty() ? null : shortened(String.join(" ", detail), DETAIL_LENGTH));
            } catch (RuntimeException e) {
                if (DatabaseFailures.kind(e).isEmpty()) {
                    throw e;
                }
                log.warn("Security event not stored, the database is unavailable; the line above has it");
            }
        }
    }

    private static String shortened(String text, int length) {
        if (text == null) {
            return null;
        }
        String plain = text.replaceAll("\\p{Cntrl}", "");
        return plain.length() <= length ? plain : plain.substring(0, length);
    }

    private static String hostName() {
        try {
            return shortened(InetAddress.getLocalHost().getHostName(), 64);
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
