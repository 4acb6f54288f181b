package org.staffroom.app;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import org.staffroom.security.CurrentUser;
import org.staffroom.security.PasswordChangeService;
import org.staffroom.security.PasswordPolicy;
import org.staffroom.security.ui.ChangePasswordDialog;

/**
 * The frame around every signed-in view: a header with the app's name and the user menu,
 * and the side navigation, which lists only the views the current user may open
 * ({@link MenuConfiguration} filters the {@code @Menu} entries by the same access
 * annotations that guard the routes). On narrow screens the navigation becomes an overlay
 * that the header's toggle opens.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    final SideNav navigation = new SideNav();
    final UserMenu userMenu;

    public MainLayout(CurrentUser currentUser, PasswordChangeService passwordChangeService,
            PasswordPolicy passwordPolicy) {
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("app.navigation.toggle"));
        var logo = new Image("icons/icon.png", "");
        logo.addClassName("app-logo");
        var appName = new Span(getTranslation("base.app-name"));
        appName.addClassName("app-name");
        userMenu = new UserMenu(currentUser.displayName(),
                () -> new ChangePasswordDialog(passwordChangeService, passwordPolicy, true, () -> { }).open(),
                currentUser::logout);
        var spacer = new Span();
        var header = new HorizontalLayout(toggle, logo, appName, spacer, userMenu);
        header.setFlexGrow(1, spacer);
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.setSpacing(false);
        header.setWidthFull();
        header.addClassName("app-header");
        addToNavbar(header);

        navigation.addClassName("main-navigation");
        navigation.getElement().setAttribute("aria-label", getTranslation("app.navigation.label"));
        MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(navItem(entry)));
        addToDrawer(navigation);
    }

    // @Menu titles are translation keys (see the views), so the navigation speaks the UI's language.
    private SideNavItem navItem(MenuEntry entry) {
        String label = getTranslation(entry.title());
        return entry.icon() == null
                ? new SideNavItem(label, entry.path())
                : new SideNavItem(label, entry.path(), new Icon(entry.icon()));
    }
}
