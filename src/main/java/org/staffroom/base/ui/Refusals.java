package org.staffroom.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import org.staffroom.base.domain.StaleEditException;
import org.staffroom.base.domain.UserFacingException;

/**
 * How every view tells a person that a service refused: at the field it concerns, or as an
 * error notification, always in the person's language from the refusal's message key.
 */
public final class Refusals {

    private Refusals() {
    }

    /** The refusal in the words of {@code where}'s language. */
    public static String text(Component where, UserFacingException refusal) {
        return where.getTranslation(refusal.messageKey(), refusal.arguments());
    }

    /** Runs {@code action}; a refusal becomes an error notification. Whether the action went through. */
    public static boolean attempt(Component where, Runnable action) {
        try {
            action.run();
            return true;
        } catch (UserFacingException refusal) {
            notify(where, refusal);
            return false;
        }
    }

    /**
     * A refusal as an error notification. Someone else's change is followed by what the
     * person should do next, as the row they acted on has moved on.
     */
    public static void notify(Component where, UserFacingException refusal) {
        Notifications.error(refusal instanceof StaleEditException
                ? where.getTranslation("base.refusal.stale", text(where, refusal))
                : text(where, refusal));
    }

    /** A refusal at the field it concerns; what the person typed stays. */
    public static <F extends Component & HasValidation & Focusable<F>> void showAt(F field,
            UserFacingException refusal) {
        field.setErrorMessage(text(field, refusal));
        field.setInvalid(true);
        field.focus();
    }
}
