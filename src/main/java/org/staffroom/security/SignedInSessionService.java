package org.staffroom.security;

import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A person's own signed-in sessions, on every node (ASVS 7.5.2): where and when each began,
 * when it was last used, and ending any of the others.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class SignedInSessionService {

    private final SessionTimes times;
    private final CurrentUser currentUser;
    private final SecurityLog securityLog;

    SignedInSessionService(SessionTimes times, CurrentUser currentUser, SecurityLog securityLog) {
        this.times = times;
        this.currentUser = currentUser;
        this.securityLog = securityLog;
    }

    /**
     * One of the person's sessions. It is known by its place in the list the person was shown;
     * the token it stands for never leaves the server.
     */
    public static final class Session {
        private final String token;
        private final Instant startedAt;
        private final Instant lastActiveAt;
        private final String address;
        private final String userAgent;
        private final boolean current;

        Session(SessionTimes.Entry entry, boolean current) {
            this.token = entry.token();
            this.startedAt = entry.startedAt();
            this.lastActiveAt = entry.lastActiveAt();
            this.address = entry.address();
            this.userAgent = entry.userAgent();
            this.current = current;
        }

        public Instant startedAt() {
            return startedAt;
        }

        public Instant lastActiveAt() {
            return lastActiveAt;
        }

        public String address() {
            return address == null ? "" : address;
        }

        public String userAgent() {
            return userAgent == null ? "" : userAgent;
        }

        /** The session this list is shown in. */
        public boolean current() {
            return current;
        }
    }

    /** The person's open sessions, the most recently used first. */
    public List<Session> mine() {
        String own = ownToken();
        return times.of(currentUser.accountId()).stream()
                .map(entry -> new Session(entry, entry.token().equals(own))).toList();
    }

    /** Ends another of the person's sessions at its next request; this one stays. */
    public void end(Session session) {
        if (session.current) {
            throw new IllegalArgumentException("This session ends through signing out");
        }
        if (times.endOne(currentUser.accountId(), session.token)) {
            securityLog.event("session-end").outcome("ended-by-owner").user(currentUser.email(), currentUser.accountId())
                    .address(ClientAddressFilter.current()).info();
        }
    }

    private static String ownToken() {
        var session = CurrentUser.httpSession();
        return session != null && session.getAttribute(SessionRevocationFilter.TOKEN) instanceof String token
                ? token : "";
    }
}
