package org.staffroom.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.staffroom.base.ui.DestructiveConfirmation;
import org.staffroom.base.ui.Notifications;
import org.staffroom.base.ui.Refusals;
import org.staffroom.security.Role;
import org.staffroom.security.ui.Reverification;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffBulkService;
import org.staffroom.staff.StaffBulkService.Outcome;
import org.staffroom.staff.StaffBulkService.Selection;
import org.staffroom.staff.StaffService;
import org.staffroom.subjectgroup.SubjectGroupService;

/**
 * What the staff grid does to the people ticked in it, or to everyone matching its filters:
 * "12 selected", then move to a subject group, change the role, enable, disable or delete,
 * each confirmed with the count and the action. It wraps on narrow screens.
 */
class StaffBulkBar extends HorizontalLayout {

    private final StaffGrid grid;
    private final StaffBulkService bulk;
    private final Reverification reverification;
    private final StaffService staffService;
    private final Runnable refresh;
    private final SubjectGroupService subjectGroups;
    private final Span selected = new Span();
    private final Button selectAll = new Button();
    private boolean allMatching;
    private long allMatchingCount;
    private boolean actionsAdded;

    StaffBulkBar(StaffGrid grid, StaffBulkService bulk, StaffService staffService, SubjectGroupService subjectGroups,
            Reverification reverification, Runnable refresh) {
        this.grid = grid;
        this.bulk = bulk;
        this.staffService = staffService;
        this.reverification = reverification;
        this.refresh = refresh;
        this.subjectGroups = subjectGroups;
        addClassName("staff-bulk-bar");
        setAlignItems(FlexComponent.Alignment.CENTER);
        selected.addClassName("staff-bulk-count");
        selectAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        selectAll.addClickListener(click -> {
            allMatching = true;
            // Counted in full once, when asked: the grid's own count stops at 10,000.
            allMatchingCount = staffService.countUpTo(grid.filter(), Integer.MAX_VALUE);
            show();
        });
        add(selected, selectAll);
        grid.addSelectionListener(change -> {
            allMatching = false;
            show();
        });
        setVisible(false);
    }

    /** Forgets the selection, as after a change of filters. */
    void clear() {
        allMatching = false;
        grid.deselectAll();
        show();
    }

    private void show() {
        long ticked = grid.getSelectedItems().size();
        boolean any = count() > 0;
        if (any && !actionsAdded) {
            addActions();
        }
        setVisible(any);
        selected.setText(allMatching ? getTranslation("staff.bulk.all-selected", allMatchingCount)
                : getTranslation("staff.bulk.selected", ticked));
        long shown = grid.matches();
        selectAll.setVisible(!allMatching && shown > ticked);
        selectAll.setText(shown > StaffGrid.COUNT_BOUND
                ? getTranslation("staff.bulk.select-all.many", StaffGrid.COUNT_BOUND)
                : getTranslation("staff.bulk.select-all", shown));
    }

    /**
     * The actions and "Clear", made when something is first selected: seven menu items in a bar
     * that most sessions never see would stay in each of them all along.
     */
    private void addActions() {
        var actions = new MenuBar();
        actions.addThemeVariants(MenuBarVariant.LUMO_PRIMARY);
        SubMenu menu = actions.addItem(getTranslation("staff.bulk.actions")).getSubMenu();
        menu.addItem(getTranslation("staff.bulk.move"), click -> askForGroup());
        menu.addItem(getTranslation("staff.bulk.role"), click -> askForRole());
        menu.addItem(getTranslation("staff.bulk.enable"), click -> confirm("staff.bulk.enable.confirm",
                selection -> bulk.setEnabled(selection, true), "staff.bulk.enabled", false));
        menu.addItem(getTranslation("staff.bulk.disable"), click -> confirm("staff.bulk.disable.confirm",
                selection -> bulk.setEnabled(selection, false), "staff.bulk.disabled", true));
        menu.addItem(getTranslation("staff.bulk.reset-passwords"), click -> confirmPasswordResets());
        menu.addItem(getTranslation("staff.bulk.delete"), click -> confirm("staff.bulk.delete.confirm",
                bulk::delete, "staff.bulk.deleted", true));
        var clear = new Button(getTranslation("staff.bulk.clear"), click -> clear());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(actions, clear);
        actionsAdded = true;
    }

    private Selection selection() {
        return allMatching ? Selection.allMatching(grid.filter())
                : Selection.of(grid.getSelectedItems().stream().map(Staff::getId).collect(Collectors.toSet()));
    }

    private long count() {
        return allMatching ? allMatchingCount : grid.getSelectedItems().size();
    }

    private void askForGroup() {
        var group = new SubjectGroupPicker(getTranslation("staff.bulk.move.group"), subjectGroups);
        group.setPlaceholder(getTranslation("staff.grid.filter.no-subject-group"));
        ask(group, "staff.bulk.move.confirm", () -> group.getValue() == null
                ? getTranslation("staff.grid.filter.no-subject-group") : group.getValue().getName(),
                selection -> bulk.assignSubjectGroup(selection, group.getValue() == null ? null
                        : group.getValue().getId()), "staff.bulk.moved");
    }

    private void askForRole() {
        var role = new Select<Role>();
        role.setLabel(getTranslation("staff.grid.column.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        role.setValue(Role.STAFF);
        ask(role, "staff.bulk.role.confirm", () -> getTranslation(role.getValue().messageKey()),
                selection -> bulk.changeRole(selection, role.getValue()), "staff.bulk.role-changed");
    }

    /** A confirmation with one field: the group or role to give them. */
    private void ask(Component field, String questionKey, SerializableSupplier<String> target,
            Function<Selection, Outcome> action, String doneKey) {
        var dialog = new Dialog(field);
        dialog.setHeaderTitle(getTranslation("staff.bulk.title", count()));
        var apply = new Button(getTranslation("staff.bulk.apply"), click -> {
            dialog.close();
            String name = target.get();
            reverification.confirmFirst(() -> run(action, changed -> getTranslation(doneKey, changed, name)));
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("staff.grid.delete.cancel"), click -> dialog.close()), apply);
        dialog.add(new Span(getTranslation(questionKey, count())));
        dialog.open();
    }

    private void confirm(String questionKey, Function<Selection, Outcome> action, String doneKey, boolean sensitive) {
        DestructiveConfirmation.open(getTranslation("staff.bulk.title", count()), getTranslation(questionKey, count()),
                getTranslation("staff.bulk.apply"), getTranslation("staff.grid.delete.cancel"), () -> {
                    Runnable apply = () -> run(action, changed -> getTranslation(doneKey, changed));
                    if (sensitive) {
                        reverification.confirmFirst(apply);
                    } else {
                        apply.run();
                    }
                });
    }

    private void confirmPasswordResets() {
        DestructiveConfirmation.open(getTranslation("staff.bulk.title", count()),
                getTranslation("staff.bulk.reset-passwords.confirm", count(), StaffBulkService.MAX_PASSWORD_RESETS),
                getTranslation("staff.bulk.apply"), getTranslation("staff.grid.delete.cancel"),
                () -> reverification.confirmFirst(() -> {
                    Selection selection = selection();
                    Refusals.attempt(this, () -> {
                        var resets = bulk.resetPasswords(selection);
                        String text = getTranslation("staff.bulk.passwords-reset", resets.passwords().size());
                        Notifications.success(resets.leftYouOut() ? text + " " + getTranslation("staff.bulk.left-you-out")
                                : text);
                        if (!resets.passwords().isEmpty()) {
                            new InitialPasswordsDialog(resets.passwords()).open();
                        }
                    });
                    clear();
                    refresh.run();
                }));
    }

    /** Runs the action on the selection and says what it did: {@code done} words the number it changed. */
    private void run(Function<Selection, Outcome> action, Function<Integer, String> done) {
        Selection selection = selection();
        Refusals.attempt(this, () -> {
            Outcome outcome = action.apply(selection);
            String text = done.apply(outcome.changed());
            Notifications.success(outcome.leftYouOut() ? text + " " + getTranslation("staff.bulk.left-you-out") : text);
        });
        clear();
        refresh.run();
    }
}
