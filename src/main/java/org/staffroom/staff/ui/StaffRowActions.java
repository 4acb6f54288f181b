package org.staffroom.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
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
 * The actions on one person: edit, history, reset the password or the second factor, disable or
 * enable, unlock, delete. One menu serves the whole grid, filled for the row it opens on (from the
 * button at the end of a row, a right click or a long press), so a session holds one set of menu
 * items rather than one per rendered row. The sensitive ones ask the admin to
 * confirm who they are when their last proof is older than 15 minutes. Refusals (oneself, the last administrator, someone
 * else's change) are shown in the person's words; the grid is refreshed either way.
 */
class StaffRowActions {

    // Package-private for the browserless tests: the menu is attached to the UI only for the browser.
    final GridContextMenu<Staff> menu;
    private final Component owner;
    private final StaffService staffService;
    private final AccountService accountService;
    private final SecondFactorResetService secondFactorResets;
    private final StaffHistoryService history;
    private final Reverification reverification;
    private final SerializableConsumer<Staff> edit;
    private final Runnable refresh;

    StaffRowActions(Grid<Staff> grid, Component owner, StaffService staffService, AccountService accountService,
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
        menu = new GridContextMenu<>(grid);
        menu.setDynamicContentHandler(staff -> {
            menu.removeAll();
            if (staff == null) {
                return false;
            }
            fillFor(staff);
            return true;
        });
    }

    private void fillFor(Staff staff) {
        add("staff.grid.actions.edit", () -> edit.accept(staff));
        add("staff.grid.actions.history", () -> StaffHistory.open(owner, history, staff.getId(), staff.getFullName()));
        add("staff.grid.actions.reset-password", () -> reverification.confirmFirst(() -> resetPassword(staff)));
        add("staff.grid.actions.reset-second-factor", () -> confirmSecondFactorReset(staff));
        if (staff.isEnabled()) {
            add("staff.grid.actions.disable", () -> reverification.confirmFirst(() -> toggleEnabled(staff)));
        } else {
            add("staff.grid.actions.enable", () -> toggleEnabled(staff));
        }
        if (staff.isLocked()) {
            add("staff.grid.actions.unlock", () -> unlock(staff));
        }
        add("staff.grid.actions.delete", () -> confirmDelete(staff));
    }

    private void add(String key, Runnable action) {
        menu.addItem(text(key), click -> action.run());
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
