package org.staffroom.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The security log: {@code key=value} lines on the {@code org.staffroom.audit} logger, never
 * with a password or a hash. Values come from the app (ids, e-mail addresses, roles), not
 * free text, so a line cannot be forged by what someone typed.
 */
public final class AuditLog {

    public static final Logger LOG = LoggerFactory.getLogger("org.staffroom.audit");

    private AuditLog() {
    }

    /** Who is acting: the signed-in person's sign-in name, "system" for start-up work. */
    public static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }
}
