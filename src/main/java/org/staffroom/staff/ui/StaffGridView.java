package org.staffroom.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.staffroom.base.domain.DuplicateValueException;
import org.staffroom.base.domain.StaleEditException;
import org.staffroom.base.ui.GridRowEditing;
import org.staffroom.base.ui.Notifications;
import org.staffroom.security.AccountService;
import org.staffroom.staff.Role;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffCsv;
import org.staffroom.staff.StaffDetails;
import org.staffroom.staff.StaffFilter;
import org.staffroom.staff.StaffPageBookmarks;
import org.staffroom.staff.StaffService;
import org.staffroom.staff.StaffSort;
import org.staffroom.staff.StaffStatus;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;

/**
 * Where administrators maintain staff: a lazy grid over any number of people, filters
 * that live in the URL, inline editing (never of passwords) and the account actions.
 * The editor is buffered, so nothing changes in the grid until the database accepted it.
 */
@Route("staff")
@Menu(order = 2, title = "staff.grid.menu", icon = "vaadin:user-card")
@RolesAllowed("ADMIN")
public class StaffGridView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int COUNT_BOUND = 10_000;
    static final String PERSON_COLUMN = "person";
    private static final List<String> EDITOR_HEADERS = List.of("staff.grid.column.last-name",
            "staff.grid.column.first-name", "staff.grid.column.email", "staff.grid.column.subject-group",
            "staff.grid.column.role");
    // Below this grid width the seven columns would cut the e-mail short (tablets, and desktops with the drawer).
    static final int COMPACT_BELOW_PX = 800;
    /** "No subject group"; its label is translated where it is shown. */
    static final GroupChoice NO_GROUP = new GroupChoice(null, null);

    /** A choice in the subject-group filter: a group, or "no subject group" (no id). */
    record GroupChoice(Long id, String name) {
    }

    final TextField search = new TextField();
    final ComboBox<GroupChoice> subjectGroupFilter = new ComboBox<>();
    final Select<Role> roleFilter = new Select<>();
    final Select<StaffStatus> statusFilter = new Select<>();
    final Span count = new Span();
    final Button newStaff = new Button(getTranslation("staff.grid.new-staff"), new Icon(VaadinIcon.PLUS));
    final Anchor export;
    final Grid<Staff> grid = new Grid<>();

    final TextField firstNameEditor = new TextField();
    final TextField lastNameEditor = new TextField();
    final EmailField emailEditor = new EmailField();
    final SubjectGroupPicker subjectGroupEditor;
    final Select<Role> roleEditor = new Select<>();

    private final StaffService staffService;
    private final AccountService accountService;
    private final SubjectGroupService subjectGroupService;
    private final BeanValidationBinder<Staff> binder = new BeanValidationBinder<>(Staff.class);
    private final StaffPageBookmarks bookmarks = new StaffPageBookmarks();
    private StaffFilter filter = StaffFilter.NONE;
    private final GridRowEditing<Staff> rowEditing;
    private final List<Grid.Column<Staff>> wideColumns = new ArrayList<>();
    Grid.Column<Staff> personColumn;
    private boolean readingUrl;

    StaffGridView(StaffService staffService, AccountService accountService, SubjectGroupService subjectGroupService) {
        this.staffService = staffService;
        this.accountService = accountService;
        this.subjectGroupService = subjectGroupService;
        this.subjectGroupEditor = new SubjectGroupPicker(null, subjectGroupService);
        addClassNames("grid-view", "staff-grid-view");

        configureFilters();
        newStaff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newStaff.addClickListener(click ->
                new NewStaffDialog(accountService, subjectGroupService, this::created).open());
        // A link, not a button inside a link: one focus stop, announced as what it does.
        export = new Anchor(exportHandler(), "");
        export.add(new Icon(VaadinIcon.DOWNLOAD), new Span(getTranslation("staff.grid.export")));
        export.addClassName("export-link");
        export.getElement().setAttribute("download", true);

        configureGrid();
        configureEditor();
        rowEditing = new GridRowEditing<>(grid, this::edit);
        grid.getColumnByKey("actions").setEditorComponent(
                rowEditing.saveAndCancelButtons(this::saveEditedRow, this::cancelEditing));

        var filters = new HorizontalLayout(search, subjectGroupFilter, roleFilter, statusFilter);
        filters.addClassName("staff-filters");
        filters.setFlexGrow(1, search);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        var actions = new HorizontalLayout(count, export, newStaff);
        actions.addClassName("staff-actions");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new H1(getTranslation("staff.grid.title")), filters, actions, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.grid.page-title");
    }

    private String roleLabel(Role role) {
        return role == null ? "" : getTranslation(role.messageKey());
    }

    private String statusLabel(StaffStatus status) {
        return getTranslation(status.messageKey());
    }

    private void configureFilters() {
        search.setPlaceholder(getTranslation("staff.grid.search.placeholder"));
        search.setAriaLabel(getTranslation("staff.grid.search.aria-label"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        List<GroupChoice> groups = new ArrayList<>();
        groups.add(NO_GROUP);
        subjectGroupService.findAll().forEach(group -> groups.add(new GroupChoice(group.getId(), group.getName())));
        subjectGroupFilter.setItems(groups);
        subjectGroupFilter.setItemLabelGenerator(choice -> choice.id() == null
                ? getTranslation("staff.grid.filter.no-subject-group") : choice.name());
        subjectGroupFilter.setPlaceholder(getTranslation("staff.grid.filter.all-subject-groups"));
        subjectGroupFilter.setAriaLabel(getTranslation("staff.grid.filter.subject-group.aria-label"));
        subjectGroupFilter.setClearButtonVisible(true);

        String allRoles = getTranslation("staff.grid.filter.all-roles");
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(role -> role == null ? allRoles : roleLabel(role));
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(allRoles);
        roleFilter.setAriaLabel(getTranslation("staff.grid.filter.role.aria-label"));

        String allStatuses = getTranslation("staff.grid.filter.all-statuses");
        statusFilter.setItems(StaffStatus.values());
        statusFilter.setItemLabelGenerator(status -> status == null ? allStatuses
                : statusLabel(status));
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(allStatuses);
        statusFilter.setAriaLabel(getTranslation("staff.grid.filter.status.aria-label"));

        search.addValueChangeListener(change -> applyFilter());
        subjectGroupFilter.addValueChangeListener(change -> applyFilter());
        roleFilter.addValueChangeListener(change -> applyFilter());
        statusFilter.addValueChangeListener(change -> applyFilter());
    }

    private void configureGrid() {
        wideColumns.add(grid.addColumn(Staff::getLastName).setHeader(getTranslation("staff.grid.column.last-name"))
                .setKey(StaffSort.LAST_NAME.name()).setSortable(true).setFlexGrow(2));
        wideColumns.add(grid.addColumn(Staff::getFirstName).setHeader(getTranslation("staff.grid.column.first-name"))
                .setKey(StaffSort.FIRST_NAME.name()).setSortable(true).setFlexGrow(2));
        wideColumns.add(grid.addColumn(Staff::getEmail).setHeader(getTranslation("staff.grid.column.email"))
                .setKey(StaffSort.EMAIL.name()).setSortable(true).setFlexGrow(3));
        wideColumns.add(grid.addColumn(this::subjectGroupName)
                .setHeader(getTranslation("staff.grid.column.subject-group")).setKey(StaffSort.SUBJECT_GROUP.name())
                .setSortable(true).setFlexGrow(2));
        wideColumns.add(grid.addColumn(staff -> roleLabel(staff.getRole()))
                .setHeader(getTranslation("staff.grid.column.role"))
                .setKey(StaffSort.ROLE.name()).setSortable(true).setAutoWidth(true).setFlexGrow(0));
        wideColumns.add(grid.addColumn(staff -> statusLabel(staff.getStatus()))
                .setHeader(getTranslation("staff.grid.column.status")).setKey(StaffSort.STATUS.name())
                .setSortable(true).setAutoWidth(true).setFlexGrow(0));
        // On a narrow grid one column shows the person as a small card; it sorts by last name.
        personColumn = grid.addColumn(LitRenderer.<Staff>of("""
                        <div class="person-cell"><strong>${item.name}</strong><span>${item.email}</span>\
                        <span class="person-cell-details">${item.details}</span></div>""")
                        .withProperty("name", staff -> staff.getLastName() + ", " + staff.getFirstName())
                        .withProperty("email", Staff::getEmail)
                        .withProperty("details", staff -> String.join(" · ", Stream.of(subjectGroupName(staff),
                                roleLabel(staff.getRole()), statusLabel(staff.getStatus()))
                                .filter(text -> !text.isEmpty()).toList())))
                .setHeader(getTranslation("staff.grid.column.person")).setKey(PERSON_COLUMN).setSortable(true)
                .setFlexGrow(1);
        personColumn.setVisible(false);
        useEditorsIn(false);
        grid.addComponentColumn(this::rowActions).setHeader(getTranslation("staff.grid.column.actions"))
                // Wide enough for the open row's save and cancel buttons, not only for the menu.
                .setKey("actions").setWidth("7rem").setFlexGrow(0);
        // The grid watches its own width (with the drawer open a wide window can still leave it
        // narrow) and tells the server only when it crosses the line, so resizing costs no round trips.
        grid.getElement().addEventListener("staffroom-compact",
                change -> useCompactLayout(change.getEventData().get("event.detail").asBoolean()))
                .addEventData("event.detail");
        grid.addAttachListener(attach -> grid.getElement().executeJs("""
                const grid = this;
                grid.compactObserver?.disconnect(); // attached again: one observer is enough
                let compact = null;
                grid.compactObserver = new ResizeObserver(() => {
                  if (grid.clientWidth === 0) return; // detached or hidden: nothing to fit
                  const now = grid.clientWidth < $0;
                  if (now !== compact) {
                    compact = now;
                    grid.dispatchEvent(new CustomEvent('staffroom-compact', {detail: now}));
                  }
                });
                grid.compactObserver.observe(grid);""", COMPACT_BELOW_PX));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("staff.grid.empty"));
        grid.setItems(query -> {
            Optional<GridSortOrder<Staff>> order = grid.getSortOrder().stream().findFirst();
            StaffSort sort = order.map(o -> o.getSorted().getKey())
                    .filter(key -> !PERSON_COLUMN.equals(key)).map(StaffSort::valueOf).orElse(StaffSort.LAST_NAME);
            boolean ascending = order.map(o -> o.getDirection() == SortDirection.ASCENDING).orElse(true);
            return staffService.find(filter, sort, ascending, query.getOffset(), query.getLimit(), bookmarks).stream();
        });
    }

    private void configureEditor() {
        Editor<Staff> editor = grid.getEditor();
        editor.setBinder(binder);
        editor.setBuffered(true);
        roleEditor.setItems(Role.values());
        roleEditor.setItemLabelGenerator(this::roleLabel);
        binder.forField(lastNameEditor).bind("lastName");
        binder.forField(firstNameEditor).bind("firstName");
        binder.forField(emailEditor).bind("email");
        binder.forField(subjectGroupEditor).bind(Staff::getSubjectGroup, Staff::setSubjectGroup);
        binder.forField(roleEditor).bind("role");
        List<Component> editors = editors();
        for (int i = 0; i < editors.size(); i++) {
            Component field = editors.get(i);
            // In the wide grid the editors sit under the column headers, so they are named like them.
            ((HasAriaLabel) field).setAriaLabel(getTranslation(EDITOR_HEADERS.get(i)));
            if (field instanceof HasValueChangeMode withMode) {
                // Enter saves through a shortcut, which runs before a change event would sync the value.
                withMode.setValueChangeMode(ValueChangeMode.EAGER);
            }
            ((com.vaadin.flow.component.HasSize) field).setWidthFull();
            Shortcuts.addShortcutListener(field, this::saveEditedRow, Key.ENTER).listenOn(field);
            Shortcuts.addShortcutListener(field, this::cancelEditing, Key.ESCAPE).listenOn(field);
        }
        editor.addOpenListener(open -> lastNameEditor.focus());
    }

    private String subjectGroupName(Staff staff) {
        return staff.getSubjectGroup() == null ? "" : staff.getSubjectGroup().getName();
    }

    /** Narrow: the person card and all editors stacked in it; wide: a column and an editor per field. */
    void useCompactLayout(boolean compact) {
        if (compact == personColumn.isVisible()) {
            return;
        }
        grid.getEditor().cancel();
        wideColumns.forEach(column -> column.setVisible(!compact));
        personColumn.setVisible(compact);
        useEditorsIn(compact);
    }

    /** The row editor's fields, in the order of the wide grid's columns. */
    private List<Component> editors() {
        return List.of(lastNameEditor, firstNameEditor, emailEditor, subjectGroupEditor, roleEditor);
    }

    private void useEditorsIn(boolean compact) {
        List<Component> editors = editors();
        for (int i = 0; i < editors.size(); i++) {
            // Stacked in one cell the fields have no column header above them, so they get a label.
            ((HasLabel) editors.get(i)).setLabel(compact ? getTranslation(EDITOR_HEADERS.get(i)) : null);
            wideColumns.get(i).setEditorComponent(compact ? null : editors.get(i));
        }
        if (compact) {
            var stacked = new Div();
            stacked.addClassName("person-editor");
            editors.forEach(stacked::add);
            personColumn.setEditorComponent(stacked);
        } else {
            personColumn.setEditorComponent((Component) null);
        }
    }

    private MenuBar rowActions(Staff staff) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        menu.addClassName("row-actions");
        MenuItem more = menu.addItem(new Icon(VaadinIcon.ELLIPSIS_DOTS_V));
        more.setAriaLabel(getTranslation("staff.grid.actions.aria-label", staff.getFullName()));
        var items = more.getSubMenu();
        items.addItem(getTranslation("staff.grid.actions.edit"), click -> edit(staff));
        items.addItem(getTranslation("staff.grid.actions.reset-password"), click -> resetPassword(staff));
        items.addItem(getTranslation(staff.isEnabled() ? "staff.grid.actions.disable" : "staff.grid.actions.enable"),
                click -> toggleEnabled(staff));
        if (staff.isLocked()) {
            items.addItem(getTranslation("staff.grid.actions.unlock"), click -> unlock(staff));
        }
        items.addItem(getTranslation("staff.grid.actions.delete"), click -> confirmDelete(staff));
        return menu;
    }

    void applyFilter() {
        // While the URL is being read, the filters are set one by one; beforeEnter shows the result once.
        if (!readingUrl) {
            showFilteredStaff();
            writeUrl();
        }
    }

    private void showFilteredStaff() {
        GroupChoice group = subjectGroupFilter.getValue();
        filter = new StaffFilter(search.getValue(), group == null ? null : group.id(), group == NO_GROUP,
                roleFilter.getValue(), statusFilter.getValue());
        grid.getDataProvider().refreshAll();
        long matches = staffService.countUpTo(filter, COUNT_BOUND + 1);
        grid.getLazyDataView().setItemCountEstimate((int) Math.max(1, Math.min(matches, COUNT_BOUND)));
        count.setText(matches > COUNT_BOUND ? getTranslation("staff.grid.count.more-than", COUNT_BOUND)
                : matches == 1 ? getTranslation("staff.grid.count.one")
                : getTranslation("staff.grid.count.many", matches));
    }

    // Filters live in the URL, so a filtered list can be bookmarked and reloaded.
    private void writeUrl() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!filter.search().isEmpty()) {
            parameters.put("q", filter.search());
        }
        if (filter.withoutSubjectGroup()) {
            parameters.put("group", "none");
        } else if (filter.subjectGroupId() != null) {
            parameters.put("group", filter.subjectGroupId().toString());
        }
        if (filter.role() != null) {
            parameters.put("role", filter.role().name());
        }
        if (filter.status() != null) {
            parameters.put("status", filter.status().name());
        }
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location("staff", QueryParameters.simple(parameters)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        readingUrl = true;
        try {
            search.setValue(first(parameters, "q").orElse(""));
            subjectGroupFilter.setValue(first(parameters, "group").flatMap(this::groupChoice).orElse(null));
            roleFilter.setValue(first(parameters, "role").flatMap(value -> parse(Role.class, value)).orElse(null));
            statusFilter.setValue(
                    first(parameters, "status").flatMap(value -> parse(StaffStatus.class, value)).orElse(null));
        } finally {
            readingUrl = false;
        }
        showFilteredStaff();
    }

    private Optional<GroupChoice> groupChoice(String value) {
        if ("none".equals(value)) {
            return Optional.of(NO_GROUP);
        }
        return subjectGroupFilter.getListDataView().getItems()
                .filter(choice -> choice.id() != null && choice.id().toString().equals(value)).findFirst();
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).flatMap(values -> values.stream().findFirst());
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    void edit(Staff staff) {
        grid.getEditor().editItem(staff);
    }

    private void cancelEditing() {
        grid.getEditor().cancel();
        rowEditing.focusRow();
    }

    void saveEditedRow() {
        Staff staff = grid.getEditor().getItem();
        if (staff == null || !binder.validate().isOk()) {
            return;
        }
        var details = new StaffDetails(emailEditor.getValue(), firstNameEditor.getValue(), lastNameEditor.getValue(),
                subjectGroupEditor.getValue(), roleEditor.getValue());
        try {
            staffService.update(staff.getId(), staff.getVersion(), details);
            grid.getEditor().cancel();
            Staff saved = staffService.get(staff.getId());
            rowEditing.rowSaved(saved);
            grid.getDataProvider().refreshAll();
            Notifications.success(getTranslation("staff.grid.notification.saved", saved.getFullName()));
            rowEditing.focusRow();
        } catch (DuplicateValueException duplicate) {
            emailEditor.setErrorMessage(getTranslation(duplicate.messageKey()));
            emailEditor.setInvalid(true);
        } catch (StaleEditException stale) {
            grid.getEditor().cancel();
            grid.getDataProvider().refreshAll();
            Notifications.error(getTranslation("staff.grid.notification.stale-edit",
                    getTranslation(stale.messageKey())));
        } catch (StaffService.RefusedException refused) {
            Notifications.error(getTranslation(refused.messageKey()));
        }
    }


    private void created(AccountService.Result result) {
        Staff staff = result.staff();
        Notifications.success(getTranslation("staff.grid.notification.created", staff.getFullName()));
        result.generatedPassword().ifPresent(password ->
                new GeneratedPasswordDialog(staff.getFullName(), password).open());
        applyFilter();
    }

    void resetPassword(Staff staff) {
        new ResetPasswordDialog(accountService, staff, result -> {
            Notifications.success(getTranslation("staff.grid.notification.password-reset", staff.getFullName()));
            result.generatedPassword().ifPresent(password ->
                    new GeneratedPasswordDialog(staff.getFullName(), password).open());
            applyFilter();
        }).open();
    }

    void toggleEnabled(Staff staff) {
        run(() -> {
            Staff changed = staffService.setEnabled(staff.getId(), staff.getVersion(), !staff.isEnabled());
            Notifications.success(getTranslation(changed.isEnabled() ? "staff.grid.notification.enabled"
                    : "staff.grid.notification.disabled", changed.getFullName()));
        });
    }

    void unlock(Staff staff) {
        run(() -> {
            accountService.unlock(staff.getId());
            Notifications.success(getTranslation("staff.grid.notification.unlocked", staff.getFullName()));
        });
    }

    void confirmDelete(Staff staff) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("staff.grid.delete.title", staff.getFullName()));
        dialog.setText(getTranslation("staff.grid.delete.text", staff.getFullName(), staff.getEmail()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("staff.grid.delete.cancel"));
        dialog.setConfirmText(getTranslation("staff.grid.delete.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> run(() -> {
            staffService.delete(staff.getId(), staff.getVersion());
            Notifications.success(getTranslation("staff.grid.notification.deleted", staff.getFullName()));
        }));
        dialog.open();
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (StaleEditException stale) {
            Notifications.error(getTranslation("staff.grid.notification.stale-action",
                    getTranslation(stale.messageKey())));
        } catch (StaffService.RefusedException refused) {
            Notifications.error(getTranslation(refused.messageKey()));
        }
        applyFilter();
    }

    private DownloadHandler exportHandler() {
        // The download request runs outside this UI's request; a language switch reloads the view anyway.
        Locale locale = getLocale();
        String fileName = getTranslation("staff.grid.export.file-name");
        return event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            StaffFilter current = filter;
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                StaffCsv.write(staffService, current, out, locale, key -> getTranslation(locale, key));
            }
        };
    }
}
