package org.staffroom.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.staffroom.base.config.StaffroomProperties;

/**
 * Why Staffroom ended a session, for the sign-in page that follows to say so. It travels in
 * a short-lived cookie, not in the ended session, so it reaches whichever node serves the
 * sign-in page, and it says nothing about the account that a stranger could use.
 */
public enum SignOutReason {
    /** Its password, e-mail, role or status changed, or an administrator ended its sessions. */
    ACCOUNT_CHANGED("revoked"),
    /** Nobody used it for {@code staffroom.session-timeout}; heartbeats do not count. */
    IDLE("idle"),
    /** It began more than {@code staffroom.session-max-age} ago, however busy it was. */
    TOO_OLD("max-age"),
    /** Its owner ended it from another session ("Sessions and devices"). */
    ENDED("ended-by-owner"),
    /** Too many wrong codes or passwords while it was open: the account is locked for a while. */
    LOCKED("locked");

    private final String auditOutcome;

    SignOutReason(String auditOutcome) {
        this.auditOutcome = auditOutcome;
    }

    /** How the audit line names the end: {@code event=session-end outcome=...}. */
    String auditOutcome() {
        return auditOutcome;
    }

    /** The arguments of {@link #messageKey()}: the idle minutes or the hours a session may last. */
    public Object[] messageArguments(StaffroomProperties settings) {
        return switch (this) {
            case ACCOUNT_CHANGED, ENDED, LOCKED -> new Object[0];
            case IDLE -> new Object[] {Math.max(1, settings.sessionTimeout().toMinutes())};
            case TOO_OLD -> new Object[] {Math.max(1, settings.sessionMaxAge().toHours())};
        };
    }

    static final String COOKIE = "staffroom.signedOut";
    private static final int SHOWN_WITHIN_SECONDS = 120;

    /** The translation key of what the sign-in page says. */
    public String messageKey() {
        return "security.signed-out." + name().toLowerCase().replace('_', '-');
    }

    void tell(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(name(), SHOWN_WITHIN_SECONDS, request.getContextPath(), request.isSecure()));
    }

    /** The reason the last session of this browser ended, once: reading it forgets it. */
    public static Optional<SignOutReason> take(VaadinRequest request, VaadinResponse response) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        Optional<SignOutReason> reason = Arrays.stream(request.getCookies())
                .filter(cookie -> COOKIE.equals(cookie.getName())).findFirst()
                .flatMap(cookie -> Arrays.stream(values()).filter(value -> value.name().equals(cookie.getValue()))
                        .findFirst());
        if (reason.isPresent() && response != null) {
            response.addCookie(cookie("", 0, request.getContextPath(), request.isSecure()));
        }
        return reason;
    }

    private static Cookie cookie(String value, int maxAgeSeconds, String contextPath, boolean secure) {
        var cookie = new Cookie(COOKIE, value);
        cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
