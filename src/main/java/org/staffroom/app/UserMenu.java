package org.staffroom.app;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.staffroom.base.i18n.LanguageCookie;
import org.staffroom.base.i18n.Translations;
import org.staffroom.security.ui.SecurityView;

/**
 * The signed-in person's menu in the header: their name, changing their password, the
 * colour scheme, the language, and logging out. A menu bar, so it works with the keyboard
 * (Enter or arrow down opens it) and its items are large enough to tap.
 */
class UserMenu extends MenuBar {

    final Span userName = new Span();
    final MenuItem changePassword;
    final MenuItem logout;
    final MenuItem passkeys;
    final MenuItem sessions;
    final Map<ColorSchemeChoice, MenuItem> colorSchemes = new EnumMap<>(ColorSchemeChoice.class);

    UserMenu(String displayName, Runnable onChangePassword, Runnable onLogout) {
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        addClassName("user-menu");
        userName.setText(displayName);
        userName.addClassName("user-name");
        var avatar = new Avatar(displayName);
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        MenuItem root = addItem(avatar);
        root.add(userName, new Icon(VaadinIcon.CHEVRON_DOWN_SMALL));
        root.setAriaLabel(getTranslation("app.user-menu.label", displayName));
        SubMenu items = root.getSubMenu();

        changePassword = items.addItem(getTranslation("app.user-menu.change-password"), click -> onChangePassword.run());
        changePassword.addComponentAsFirst(new Icon(VaadinIcon.KEY));
        MenuItem security = items.addItem(getTranslation("app.user-menu.security"));
        security.addComponentAsFirst(new Icon(VaadinIcon.SHIELD));
        passkeys = security.getSubMenu().addItem(getTranslation("app.user-menu.passkeys"),
                click -> UI.getCurrent().navigate(SecurityView.class));
        sessions = security.getSubMenu().addItem(getTranslation("app.user-menu.sessions"),
                click -> UI.getCurrent().navigate(SecurityView.class));

        MenuItem colorScheme = items.addItem(getTranslation("app.user-menu.color-scheme"));
        colorScheme.addComponentAsFirst(new Icon(VaadinIcon.ADJUST));
        for (ColorSchemeChoice choice : ColorSchemeChoice.values()) {
            MenuItem item = colorScheme.getSubMenu().addItem(getTranslation(choice.messageKey()), click -> {
                choice.apply(UI.getCurrent());
                check(choice);
            });
            item.setCheckable(true);
            colorSchemes.put(choice, item);
        }
        check(ColorSchemeChoice.SYSTEM);

        MenuItem language = items.addItem(getTranslation("app.user-menu.language"));
        language.addComponentAsFirst(new Icon(VaadinIcon.GLOBE));
        for (Locale locale : Translations.LOCALES) {
            // Each language is named in itself, so a person who cannot read the current one finds theirs.
            MenuItem item = language.getSubMenu().addItem(locale.getDisplayLanguage(locale), click -> switchTo(locale));
            item.setCheckable(true);
            item.setChecked(locale.equals(Translations.supported(getLocale())));
        }

        items.addSeparator();
        logout = items.addItem(getTranslation("app.user-menu.logout"), click -> onLogout.run());
        logout.addComponentAsFirst(new Icon(VaadinIcon.SIGN_OUT));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ColorSchemeChoice.read(attachEvent.getUI(), this::check);
    }

    private void check(ColorSchemeChoice chosen) {
        colorSchemes.forEach((choice, item) -> item.setChecked(choice == chosen));
    }

    private void switchTo(Locale locale) {
        LanguageCookie.remember(locale);
        // Views build their texts once; a reload rebuilds this tab in the new language, and
        // the cookie gives it to every page opened from now on. Other open tabs keep theirs.
        UI.getCurrent().getPage().reload();
    }
}
