package org.staffroom.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;

/**
 * Why Staffroom ended a session, for the sign-in page that follows to say so. It travels in
 * a short-lived cookie, not in the ended session, so it reaches whichever node serves the
 * sign-in page, and it says nothing about the account that a stranger could use.
 */
public enum SignOutReason {
    /** Its password, e-mail, role or status changed, or an administrator ended its sessions. */
    ACCOUNT_CHANGED;

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
