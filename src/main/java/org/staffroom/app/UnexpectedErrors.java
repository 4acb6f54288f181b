package org.staffroom.app;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.staffroom.base.domain.UserFacingException;
import org.staffroom.base.ui.Notifications;
import org.staffroom.base.ui.Refusals;
import org.staffroom.security.AuditLog;
import org.staffroom.security.SecurityLog;

/**
 * The one error handler for what no view handles, such as a click whose action fails. A
 * refusal that a view let through is shown in the person's words; anything else is logged
 * in full with a reference, and the person sees only "Something went wrong" and that
 * reference, never the exception's text. Failures while opening a page go to {@link ErrorView}.
 */
@org.springframework.stereotype.Component
class UnexpectedErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    private final SecurityLog securityLog;

    UnexpectedErrors(SecurityLog securityLog) {
        this.securityLog = securityLog;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        Optional<Component> where = event.getComponent().or(() -> Optional.ofNullable(UI.getCurrent()));
        if (error instanceof UserFacingException refusal && where.isPresent()) {
            Refusals.notify(where.get(), refusal);
            return;
        }
        if (isRefusedAccess(error)) {
            // A call the page should not have offered, or a forged one: refused by method security.
            securityLog.event("access-refused").outcome("denied").user(AuditLog.actor(), null).with("call", "service")
                    .warn();
        }
        String reference = ErrorReference.next();
        log.error("Unexpected error, reference {}", reference, error);
        where.ifPresent(component -> Notifications.error(component.getTranslation("app.error.text", reference)));
    }

    private static boolean isRefusedAccess(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.security.access.AccessDeniedException
                    || cause instanceof AuthenticationException) {
                return true;
            }
        }
        return false;
    }
}
