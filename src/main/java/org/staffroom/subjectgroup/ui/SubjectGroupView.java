package org.staffroom.subjectgroup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.staffroom.base.ui.DateTimes;
import org.staffroom.base.ui.InlineRowEditor;
import org.staffroom.base.ui.DestructiveConfirmation;
import org.staffroom.base.ui.Notifications;
import org.staffroom.base.ui.Refusals;
import org.staffroom.security.Access;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;
import org.staffroom.base.ui.FieldMessages;
import org.staffroom.history.ui.HistoryDialog;

/**
 * Administrators maintain subject groups inline in the grid. The editor is buffered:
 * nothing reaches the grid's item until the database accepted the change, so Escape
 * simply forgets, and a refused save (duplicate, stale) leaves the row as it was.
 */
@Route("subject-groups")
@Menu(order = 3, title = "subjectgroup.menu", icon = "vaadin:academy-cap")
@RolesAllowed(Access.ADMIN)
public class SubjectGroupView extends Main implements HasDynamicTitle {

    private final TextField search = new TextField();
    private final Button newGroup;
    final Grid<SubjectGroup> grid = new Grid<>();
    // The editor's field lives in the grid's open row, where browserless locators cannot reach it.
    final TextField nameEditor = new TextField();
    final InlineRowEditor<SubjectGroup> editor;

    private final SubjectGroupService service;
    private final ConfigurableFilterDataProvider<SubjectGroup, Void, String> dataProvider;

    SubjectGroupView(SubjectGroupService service) {
        this.service = service;
        addClassNames("grid-view", "subject-group-view");

        search.setPlaceholder(getTranslation("subjectgroup.search.placeholder"));
        search.setAriaLabel(getTranslation("subjectgroup.search.aria-label"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        newGroup = new Button(getTranslation("subjectgroup.new-group"), new Icon(VaadinIcon.PLUS));
        newGroup.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newGroup.addClickListener(click -> new NewSubjectGroupDialog(service, this::created).open());

        // Rows by id, not by the entity's hash, which is its class (see StaffGrid).
        dataProvider = new CallbackDataProvider<SubjectGroup, String>(
                query -> service.find(query.getFilter().orElse(""), pageRequest(query)).stream(),
                query -> (int) service.count(query.getFilter().orElse("")), SubjectGroup::getId).withConfigurableFilter();
        dataProvider.setFilter("");
        search.addValueChangeListener(change -> dataProvider.setFilter(change.getValue()));
        var binder = new BeanValidationBinder<>(SubjectGroup.class);
        binder.forField(nameEditor).bind("name");
        editor = new InlineRowEditor<>(grid, binder,
                group -> service.rename(group.getId(), group.getVersion(), nameEditor.getValue()),
                saved -> getTranslation("subjectgroup.notification.saved", saved.getName()));
        configureGrid();

        var toolbar = new HorizontalLayout(search, newGroup);
        toolbar.addClassName("view-toolbar");
        toolbar.setFlexGrow(1, search);
        add(new H1(getTranslation("subjectgroup.heading")), toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subjectgroup.page-title");
    }

    private void configureGrid() {
        var changedAt = DateTimes.toTheMinute();
        var nameColumn = grid.addColumn(SubjectGroup::getName)
                .setHeader(getTranslation("subjectgroup.grid.column.name")).setSortProperty("name")
                .setFlexGrow(3).setKey("name");
        grid.addColumn(SubjectGroup::getStaffCount)
                .setHeader(getTranslation("subjectgroup.grid.column.staff")).setSortProperty("staffCount")
                .setFlexGrow(0).setWidth("7rem").setKey("staff");
        grid.addColumn(group -> changedAt.format(group.getUpdatedAt()))
                .setHeader(getTranslation("subjectgroup.grid.column.changed")).setSortProperty("updatedAt")
                .setAutoWidth(true).setKey("changed");
        var actionsColumn = grid.addComponentColumn(this::rowActions)
                .setHeader(getTranslation("subjectgroup.grid.column.actions"))
                .setFlexGrow(0).setAutoWidth(true).setKey("actions");
        grid.setItems(dataProvider);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("subjectgroup.grid.empty"));

        nameEditor.setAriaLabel(getTranslation("subjectgroup.grid.name-editor.aria-label"));
        FieldMessages.apply(nameEditor, SubjectGroup.NAME_MAX_LENGTH);
        nameColumn.setEditorComponent(editor.addField(nameEditor));
        editor.showDuplicatesAt(nameEditor);
        editor.putButtonsIn(actionsColumn);
    }

    private HorizontalLayout rowActions(SubjectGroup group) {
        var edit = new Button(new Icon(VaadinIcon.EDIT), click -> editor.edit(group));
        edit.setAriaLabel(getTranslation("subjectgroup.grid.edit.aria-label", group.getName()));
        edit.setTooltipText(getTranslation("subjectgroup.grid.edit.tooltip"));
        var history = new Button(new Icon(VaadinIcon.CLOCK), click -> new HistoryDialog(
                getTranslation("subjectgroup.history.title", group.getName()),
                (offset, limit) -> service.history(group.getId(), offset, limit), new GroupHistoryWording(this)).open());
        history.setAriaLabel(getTranslation("subjectgroup.history.title", group.getName()));
        history.setTooltipText(getTranslation("subjectgroup.grid.history.tooltip"));
        var delete = new Button(new Icon(VaadinIcon.TRASH), click -> confirmDelete(group));
        delete.setAriaLabel(getTranslation("subjectgroup.grid.delete.aria-label", group.getName()));
        delete.setTooltipText(getTranslation("subjectgroup.grid.delete.tooltip"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : new Button[] {edit, history, delete}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            button.addClassName("row-action");
        }
        return new HorizontalLayout(edit, history, delete);
    }

    private void created(SubjectGroup group) {
        search.clear();
        dataProvider.refreshAll();
        Notifications.success(getTranslation("subjectgroup.notification.created", group.getName()));
        editor.focusRow();
    }

    private void confirmDelete(SubjectGroup group) {
        long staff = service.countStaff(group.getId());
        String text = staff == 0 ? getTranslation("subjectgroup.delete.text.unused")
                : getTranslation(staff == 1 ? "subjectgroup.delete.text.in-use.one"
                        : "subjectgroup.delete.text.in-use.many", staff);
        DestructiveConfirmation.open(getTranslation("subjectgroup.delete.header", group.getName()), text,
                getTranslation(staff == 0 ? "subjectgroup.delete.confirm" : "subjectgroup.delete.confirm.unassign"),
                getTranslation("subjectgroup.delete.cancel"), () -> {
                    if (Refusals.attempt(this, () -> service.delete(group.getId(), group.getVersion(), staff > 0))) {
                        Notifications.success(getTranslation("subjectgroup.notification.deleted", group.getName()));
                    }
                    dataProvider.refreshAll();
                });
    }

    private static PageRequest pageRequest(Query<SubjectGroup, String> query) {
        PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
        Sort sort = page.getSort().isSorted() ? page.getSort().and(Sort.by("id")) : Sort.by("name", "id");
        return page.withSort(sort);
    }
}
