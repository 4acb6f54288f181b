package org.staffroom.subjectgroup.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.staffroom.base.domain.DuplicateValueException;
import org.staffroom.base.domain.StaleEditException;
import org.staffroom.base.ui.GridRowEditing;
import org.staffroom.base.ui.Notifications;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;
import org.staffroom.subjectgroup.SubjectGroupService.GroupInUseException;

/**
 * Administrators maintain subject groups inline in the grid. The editor is buffered:
 * nothing reaches the grid's item until the database accepted the change, so Escape
 * simply forgets, and a refused save (duplicate, stale) leaves the row as it was.
 */
@Route("subject-groups")
@PageTitle("Subject groups · Staffroom")
@Menu(order = 3, title = "Subject groups", icon = "vaadin:academy-cap")
@RolesAllowed("ADMIN")
public class SubjectGroupView extends Main {

    private static final DateTimeFormatter CHANGED_AT =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    final TextField search = new TextField();
    final Button newGroup = new Button("New subject group", new Icon(VaadinIcon.PLUS));
    final Grid<SubjectGroup> grid = new Grid<>();
    final TextField nameEditor = new TextField();

    private final SubjectGroupService service;
    private final BeanValidationBinder<SubjectGroup> binder = new BeanValidationBinder<>(SubjectGroup.class);
    private final ConfigurableFilterDataProvider<SubjectGroup, Void, String> dataProvider;
    private final GridRowEditing<SubjectGroup> rowEditing;

    SubjectGroupView(SubjectGroupService service) {
        this.service = service;
        addClassNames("grid-view", "subject-group-view");

        search.setPlaceholder("Search by name");
        search.setAriaLabel("Search subject groups by name");
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        newGroup.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newGroup.addClickListener(click -> new NewSubjectGroupDialog(service, this::created).open());

        dataProvider = DataProvider.<SubjectGroup, String>fromFilteringCallbacks(
                query -> service.find(query.getFilter().orElse(""), pageRequest(query)).stream(),
                query -> (int) service.count(query.getFilter().orElse(""))).withConfigurableFilter();
        dataProvider.setFilter("");
        rowEditing = new GridRowEditing<>(grid, this::edit);
        search.addValueChangeListener(change -> dataProvider.setFilter(change.getValue()));
        configureGrid();

        var toolbar = new HorizontalLayout(search, newGroup);
        toolbar.addClassName("view-toolbar");
        toolbar.setFlexGrow(1, search);
        add(new H1("Subject groups"), toolbar, grid);
    }

    private void configureGrid() {
        var nameColumn = grid.addColumn(SubjectGroup::getName).setHeader("Name").setSortProperty("name")
                .setFlexGrow(3).setKey("name");
        grid.addColumn(SubjectGroup::getStaffCount).setHeader("Staff").setSortProperty("staffCount")
                .setFlexGrow(0).setWidth("7rem").setKey("staff");
        grid.addColumn(group -> CHANGED_AT.format(group.getUpdatedAt().atZone(ZoneId.systemDefault())))
                .setHeader("Last changed").setSortProperty("updatedAt").setAutoWidth(true).setKey("changed");
        grid.addComponentColumn(this::rowActions).setHeader("Actions").setFlexGrow(0).setAutoWidth(true)
                .setKey("actions");
        grid.setItems(dataProvider);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        Editor<SubjectGroup> editor = grid.getEditor();
        editor.setBinder(binder);
        editor.setBuffered(true);
        nameEditor.setWidthFull();
        // Enter saves through a shortcut, which runs before a change event would sync the value.
        nameEditor.setValueChangeMode(ValueChangeMode.EAGER);
        nameEditor.setAriaLabel("Subject group name");
        nameEditor.setMaxLength(SubjectGroup.NAME_MAX_LENGTH + 1);
        binder.forField(nameEditor).bind("name");
        nameColumn.setEditorComponent(nameEditor);
        Shortcuts.addShortcutListener(nameEditor, this::saveEditedRow, Key.ENTER).listenOn(nameEditor);
        Shortcuts.addShortcutListener(nameEditor, this::cancelEditing, Key.ESCAPE).listenOn(nameEditor);

        // The field exists in the browser only once the row is open.
        editor.addOpenListener(open -> nameEditor.focus());
    }

    private HorizontalLayout rowActions(SubjectGroup group) {
        var edit = new Button(new Icon(VaadinIcon.EDIT), click -> edit(group));
        edit.setAriaLabel("Edit " + group.getName());
        edit.setTooltipText("Edit");
        var delete = new Button(new Icon(VaadinIcon.TRASH), click -> confirmDelete(group));
        delete.setAriaLabel("Delete " + group.getName());
        delete.setTooltipText("Delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : new Button[] {edit, delete}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            button.addClassName("row-action");
        }
        return new HorizontalLayout(edit, delete);
    }

    void edit(SubjectGroup group) {
        grid.getEditor().editItem(group);
    }

    private void cancelEditing() {
        grid.getEditor().cancel();
        rowEditing.focusRow();
    }


    void saveEditedRow() {
        SubjectGroup group = grid.getEditor().getItem();
        if (group == null || !binder.validate().isOk()) {
            return;
        }
        try {
            SubjectGroup saved = service.rename(group.getId(), group.getVersion(), nameEditor.getValue());
            grid.getEditor().cancel();
            dataProvider.refreshAll();
            rowEditing.rowSaved(saved);
            Notifications.success("Subject group \"" + saved.getName() + "\" saved");
            rowEditing.focusRow();
        } catch (DuplicateValueException duplicate) {
            nameEditor.setErrorMessage(duplicate.getMessage());
            nameEditor.setInvalid(true);
        } catch (StaleEditException stale) {
            grid.getEditor().cancel();
            dataProvider.refreshAll();
            Notifications.error(stale.getMessage() + ". The row now shows the current state.");
        }
    }

    private void created(SubjectGroup group) {
        search.clear();
        dataProvider.refreshAll();
        Notifications.success("Subject group \"" + group.getName() + "\" created");
        rowEditing.focusRow();
    }

    void confirmDelete(SubjectGroup group) {
        long staff = service.countStaff(group.getId());
        var dialog = new ConfirmDialog();
        dialog.setHeader("Delete \"" + group.getName() + "\"?");
        dialog.setCancelable(true);
        dialog.setCancelText("Cancel");
        dialog.setConfirmButtonTheme("error primary");
        if (staff == 0) {
            dialog.setText("Nobody belongs to this subject group. Deleting it cannot be undone.");
            dialog.setConfirmText("Delete");
        } else {
            dialog.setText(staff + (staff == 1 ? " person belongs" : " people belong")
                    + " to this subject group. Deleting it leaves them without a subject group.");
            dialog.setConfirmText("Unassign and delete");
        }
        dialog.addConfirmListener(confirm -> delete(group, staff > 0));
        dialog.open();
    }

    private void delete(SubjectGroup group, boolean unassignStaff) {
        try {
            service.delete(group.getId(), group.getVersion(), unassignStaff);
            Notifications.success("Subject group \"" + group.getName() + "\" deleted");
        } catch (StaleEditException stale) {
            Notifications.error(stale.getMessage() + ". Nothing was deleted; check the row and try again.");
        } catch (GroupInUseException inUse) {
            Notifications.error("Staff were assigned to \"" + group.getName() + "\" meanwhile. Nothing was deleted.");
        }
        dataProvider.refreshAll();
    }

    private static PageRequest pageRequest(Query<SubjectGroup, String> query) {
        PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
        Sort sort = page.getSort().isSorted() ? page.getSort().and(Sort.by("id")) : Sort.by("name", "id");
        return page.withSort(sort);
    }
}
