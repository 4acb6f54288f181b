package org.staffroom.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.staffroom.AppShell;

/**
 * Follows the system's colour scheme until the person picks light or dark; the choice
 * is kept in this browser (localStorage), not on the server, so it holds on every node
 * and even on the login page.
 */
public class ColorSchemeToggle extends Button {

    enum Choice {
        SYSTEM("System", VaadinIcon.ADJUST, "light dark"),
        DARK("Dark", VaadinIcon.MOON, "dark"),
        LIGHT("Light", VaadinIcon.SUN_O, "light");

        private final String label;
        private final VaadinIcon icon;
        private final String cssValue;

        Choice(String label, VaadinIcon icon, String cssValue) {
            this.label = label;
            this.icon = icon;
            this.cssValue = cssValue;
        }

        Choice next() {
            return values()[(ordinal() + 1) % values().length];
        }
    }

    private Choice choice = Choice.SYSTEM;

    public ColorSchemeToggle() {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        show(Choice.SYSTEM);
        addClickListener(click -> {
            choice = choice.next();
            show(choice);
            getElement().executeJs("localStorage.setItem($0, $1); document.documentElement.style.colorScheme = $2;",
                    AppShell.COLOR_SCHEME_KEY, choice.name().toLowerCase(), choice.cssValue);
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("return localStorage.getItem($0) || 'system';", AppShell.COLOR_SCHEME_KEY)
                .then(String.class, stored -> {
                    choice = "dark".equals(stored) ? Choice.DARK : "light".equals(stored) ? Choice.LIGHT : Choice.SYSTEM;
                    show(choice);
                });
    }

    private void show(Choice shown) {
        setText("Theme: " + shown.label);
        setIcon(new Icon(shown.icon));
    }
}
