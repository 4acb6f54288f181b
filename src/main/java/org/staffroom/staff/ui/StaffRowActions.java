package org.staffroom.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.function.SerializableConsumer;
import org.staffroom.base.ui.DestructiveConfirmation;
import org.staffroom.base.ui.Notifications;
import org.staffroom.base.ui.Refusals;
import org.staffroom.security.SecondFactorResetService;
import org.staffroom.security.ui.Reverification;
import org.staffroom.staff.AccountService;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffHistoryService;
import org.staffroom.staff.StaffService;

/**
 * The actions on one person, in a menu at the end of their row: edit, history, reset the password or
 * the second factor, disable or enable, unlock, delete. The sensitive ones ask the admin to
 * confirm who they are when their last proof is older than 15 minutes. Refusals (oneself, the last administrator, someone
 * else's change) are shown in the person's words; the grid is refreshed either way.
 */
class StaffRowActions {

    private final Component owner;
    private final StaffService staffService;
    private final AccountService accountService;
    private final SecondFactorResetService secondFactorResets;
    private final StaffHistoryService history;
    private final Reverification reverification;
    private final SerializableConsumer<Staff> edit;
    private final Runnable refresh;

    StaffRowActions(Component owner, StaffService staffService, AccountService accountService,
            SecondFactorResetService secondFactorResets, StaffHistoryService history, Reverification reverification,
            SerializableConsumer<Staff> edit, Runnable refresh) {
        this.owner = owner;
        this.staffService = staffService;
        this.accountService = accountService;
        this.secondFactorResets = secondFactorResets;
        this.history = history;
        this.reverification = reverification;
        this.edit = edit;
        this.refresh = refresh;
    }

    MenuBar menuFor(Staff staff) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        menu.addClassName("row-actions");
        MenuItem more = menu.addItem(new Icon(VaadinIcon.ELLIPSIS_DOTS_V));
        more.setAriaLabel(text("staff.grid.actions.aria-label", staff.getFullName()));
        var items = more.getSubMenu();
        items.addItem(text("staff.grid.actions.edit"), click -> edit.accept(staff));
        items.addItem(text("staff.grid.actions.history"),
                click -> StaffHistory.open(owner, history, staff.getId(), staff.getFullName()));
        items.addItem(text("staff.grid.actions.reset-password"),
                click -> reverification.confirmFirst(() -> resetPassword(staff)));
        items.addItem(text("staff.grid.actions.reset-second-factor"), click -> confirmSecondFactorReset(staff));
        items.addItem(text(staff.isEnabled() ? "staff.grid.actions.disable" : "staff.grid.actions.enable"),
                click -> {
                    if (staff.isEnabled()) {
                        reverification.confirmFirst(() -> toggleEnabled(staff));
                    } else {
                        toggleEnabled(staff);
                    }
                });
        if (staff.isLocked()) {
            items.addItem(text("staff.grid.actions.unlock"), click -> unlock(staff));
        }
        items.addItem(text("staff.grid.actions.delete"), click -> confirmDelete(staff));
        return menu;
    }

    private void resetPassword(Staff staff) {
        new ResetPasswordDialog(accountService, staff, result -> {
            Notifications.success(text("staff.grid.notification.password-reset", staff.getFullName()));
            result.generatedPassword().ifPresent(password ->
                    new GeneratedPasswordDialog(staff.getFullName(), password).open());
            refresh.run();
        }).open();
    }

    private void toggleEnabled(Staff staff) {
        attempt(() -> {
            Staff changed = staffService.setEnabled(staff.getId(), staff.getVersion(), !staff.isEnabled());
            Notifications.success(text(changed.isEnabled() ? "staff.grid.notification.enabled"
                    : "staff.grid.notification.disabled", changed.getFullName()));
        });
    }

    private void unlock(Staff staff) {
        attempt(() -> {
            accountService.unlock(staff.getId());
            Notifications.success(text("staff.grid.notification.unlocked", staff.getFullName()));
        });
    }

    private void confirmDelete(Staff staff) {
        DestructiveConfirmation.open(text("staff.grid.delete.title", staff.getFullName()),
                text("staff.grid.delete.text", staff.getFullName(), staff.getEmail()), text("staff.grid.delete.confirm"),
                text("staff.grid.delete.cancel"), () -> reverification.confirmFirst(() -> attempt(() -> {
                    staffService.delete(staff.getId(), staff.getVersion());
                    Notifications.success(text("staff.grid.notification.deleted", staff.getFullName()));
                })));
    }

    private void confirmSecondFactorReset(Staff staff) {
        DestructiveConfirmation.open(text("staff.grid.reset-second-factor.title", staff.getFullName()),
                text("staff.grid.reset-second-factor.text", staff.getFullName()),
                text("staff.grid.reset-second-factor.confirm"), text("staff.grid.delete.cancel"),
                () -> reverification.confirmFirst(() -> attempt(() -> {
                    secondFactorResets.resetFor(staff.getId());
                    Notifications.success(text("staff.grid.notification.second-factor-reset", staff.getFullName()));
                })));
    }

    private void attempt(Runnable action) {
        Refusals.attempt(owner, action);
        refresh.run();
    }

    private String text(String key, Object... arguments) {
        return owner.getTranslation(key, arguments);
    }
}
