package org.staffroom.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The app's two kinds of notification, so every view says things the same way. */
public final class Notifications {

    private static final int DURATION_MS = 5000;

    private Notifications() {
    }

    public static Notification success(String message) {
        return show(message, NotificationVariant.LUMO_SUCCESS);
    }

    public static Notification error(String message) {
        return show(message, NotificationVariant.LUMO_ERROR);
    }

    private static Notification show(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, DURATION_MS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
        return notification;
    }
}
