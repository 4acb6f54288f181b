package org.staffroom.app;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * Light, dark, or whatever the system says. The choice is kept in this browser
 * (localStorage), not on the server, so it holds on every node and even on the login page,
 * where {@code AppShell} applies it before anything is drawn.
 */
public enum ColorSchemeChoice {
    SYSTEM("light dark"), LIGHT("light"), DARK("dark");

    /** Where the browser remembers the choice (localStorage). */
    public static final String STORAGE_KEY = "staffroom.colorScheme";

    private final String cssValue;

    ColorSchemeChoice(String cssValue) {
        this.cssValue = cssValue;
    }

    String messageKey() {
        return "app.user-menu.color-scheme." + name().toLowerCase();
    }

    void apply(UI ui) {
        ui.getPage().executeJs("localStorage.setItem($0, $1); document.documentElement.style.colorScheme = $2;",
                STORAGE_KEY, name().toLowerCase(), cssValue);
    }

    /** Reads this browser's stored choice; {@code SYSTEM} when there is none. */
    static void read(UI ui, SerializableConsumer<ColorSchemeChoice> whenRead) {
        ui.getPage().executeJs("return localStorage.getItem($0) || 'system';", STORAGE_KEY)
                .then(String.class, stored -> whenRead.accept(switch (stored) {
                    case "dark" -> DARK;
                    case "light" -> LIGHT;
                    default -> SYSTEM;
                }));
    }
}
