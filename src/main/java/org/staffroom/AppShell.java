package org.staffroom;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: theme, colour scheme, the app's own stylesheet (no bundle build) and
 * the installable app (PWA) that school tablets add to their home screen.
 */
@PWA(name = "Staffroom", shortName = "Staffroom",
        description = "Staff and subject groups of your school",
        iconPath = "icons/icon.png", offlinePath = "offline.html", offlineResources = "icons/icon.png",
        themeColor = "#1a5fb4", backgroundColor = "#ffffff")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
public class AppShell implements AppShellConfigurator {

    /** Where the browser remembers a person's choice of colour scheme (see ColorSchemeToggle). */
    public static final String COLOR_SCHEME_KEY = "staffroom.colorScheme";

    // Applied while the page loads, on every page (the login page too), so there is no flash.
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addInlineWithContents(Inline.Position.APPEND,
                "try { var s = localStorage.getItem('" + COLOR_SCHEME_KEY + "');"
                        + " if (s === 'light' || s === 'dark') document.documentElement.style.colorScheme = s;"
                        + " } catch (e) { }",
                Inline.Wrapping.JAVASCRIPT);
    }
}
