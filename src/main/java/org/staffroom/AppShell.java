package org.staffroom;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
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
}
