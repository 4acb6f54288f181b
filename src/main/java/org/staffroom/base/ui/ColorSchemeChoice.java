package org.staffroom.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import org.staffroom.AppShell;

/**
 * Light, dark, or whatever the system says. The choice is kept in this browser
 * (localStorage), not on the server, so it holds on every node and even on the login page,
 * where {@link AppShell} applies it before anything is drawn.
 */
enum ColorSchemeChoice {
    SYSTEM("light dark"), LIGHT("light"), DARK("dark");

    private final String cssValue;

    ColorSchemeChoice(String cssValue) {
        this.cssValue = cssValue;
    }

    String messageKey() {
        return "base.user-menu.color-scheme." + name().toLowerCase();
    }

    void apply(UI ui) {
        ui.getPage().executeJs("localStorage.setItem($0, $1); document.documentElement.style.colorScheme = $2;",
                AppShell.COLOR_SCHEME_KEY, name().toLowerCase(), cssValue);
    }

    /** Reads this browser's stored choice; {@code SYSTEM} when there is none. */
    static void read(UI ui, SerializableConsumer<ColorSchemeChoice> whenRead) {
        ui.getPage().executeJs("return localStorage.getItem($0) || 'system';", AppShell.COLOR_SCHEME_KEY)
                .then(String.class, stored -> whenRead.accept(switch (stored) {
                    case "dark" -> DARK;
                    case "light" -> LIGHT;
                    default -> SYSTEM;
                }));
    }
}
