package org.staffroom.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
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
 * The frame around every signed-in view. The side navigation lists only the views the
 * current user may open: {@link MenuConfiguration} filters the {@code @Menu} entries by
 * the same access annotations that guard the routes.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    final SideNav navigation = new SideNav();
    final Button changePassword = new Button("Change password", new Icon(VaadinIcon.KEY));
    final Button logout = new Button("Log out", new Icon(VaadinIcon.SIGN_OUT));
    final Span userName = new Span();

    public MainLayout(CurrentUser currentUser, PasswordChangeService passwordChangeService,
            PasswordPolicy passwordPolicy) {
        setPrimarySection(Section.DRAWER);

        var appName = new Span("Staffroom");
        appName.addClassName("app-name");
        navigation.addClassName("main-navigation");
        MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(navItem(entry)));
        addToDrawer(appName, navigation);

        userName.setText(currentUser.displayName());
        userName.addClassName("user-name");
        changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        changePassword.addClickListener(click ->
                new ChangePasswordDialog(passwordChangeService, passwordPolicy, true, () -> { }).open());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(click -> currentUser.logout());
        var spacer = new Span();
        var header = new HorizontalLayout(new DrawerToggle(), spacer, userName, new ColorSchemeToggle(), changePassword, logout);
        header.setFlexGrow(1, spacer);
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("app-header");
        addToNavbar(header);
    }

    /** For tests outside this package that open the dialog like a person would. */
    public Button changePassword() {
        return changePassword;
    }

    private static SideNavItem navItem(MenuEntry entry) {
        return entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }
}
