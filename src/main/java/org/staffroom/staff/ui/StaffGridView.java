package org.staffroom.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.staffroom.base.ui.CsvDownloadLink;
import org.staffroom.base.ui.Notifications;
import org.staffroom.security.Access;
import org.staffroom.security.SecondFactorResetService;
import org.staffroom.security.ui.Reverification;
import org.staffroom.staff.AccountService;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffBulkService;
import org.staffroom.staff.StaffCsv;
import org.staffroom.staff.StaffFilter;
import org.staffroom.staff.StaffHistoryService;
import org.staffroom.staff.StaffService;
import org.staffroom.subjectgroup.SubjectGroupService;

/**
 * Where administrators maintain staff: filters that live in the URL, a lazy grid over any
 * number of people with inline editing (never of passwords), the account actions on each
 * row with its history, new accounts, the deleted staff and the CSV export. This class only wires those parts together.
 */
@Route("staff")
@Menu(order = 2, title = "staff.grid.menu", icon = "vaadin:user-card")
@RolesAllowed(Access.ADMIN)
public class StaffGridView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final StaffGrid grid;
    final StaffRowEditor editor;
    final StaffRowActions rowActions;
    private final StaffFilterBar filters;
    private final Span count = new Span();
    private final StaffBulkBar bulkBar;

    StaffGridView(StaffService staffService, AccountService accountService, SubjectGroupService subjectGroupService,
            SecondFactorResetService secondFactorResets, StaffHistoryService history, StaffBulkService bulk,
            Reverification reverification) {
        addClassNames("grid-view", "staff-grid-view");
        filters = new StaffFilterBar(subjectGroupService.findAll());
        filters.onChange(this::filtersChanged);
        grid = new StaffGrid(staffService);
        rowActions = new StaffRowActions(grid, this, staffService, accountService, secondFactorResets, history, reverification,
                this::edit, this::refresh);
        editor = new StaffRowEditor(grid, staffService, subjectGroupService, reverification);

        var newStaff = new Button(getTranslation("staff.grid.new-staff"), new Icon(VaadinIcon.PLUS));
        newStaff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newStaff.addClickListener(click ->
                new NewStaffDialog(accountService, subjectGroupService, this::created).open());
        var export = new CsvDownloadLink(getTranslation("staff.grid.export"),
                getTranslation("staff.grid.export.file-name"),
                (out, locale, text) -> StaffCsv.write(staffService, grid.filter(), out, locale, text));
        var importStaff = new Button(getTranslation("staff.grid.import"), new Icon(VaadinIcon.UPLOAD),
                click -> UI.getCurrent().navigate(StaffImportView.class));
        importStaff.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var deleted = new Button(getTranslation("staff.grid.deleted-staff"), new Icon(VaadinIcon.ARCHIVE),
                click -> new DeletedStaffDialog(history).open());
        deleted.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.addClassName("staff-count");
        var actions = new HorizontalLayout(count, export, importStaff, deleted, newStaff);
        actions.addClassName("staff-actions");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        bulkBar = new StaffBulkBar(grid, bulk, staffService, subjectGroupService, reverification, this::refresh);
        add(new H1(getTranslation("staff.grid.title")), filters, actions, bulkBar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.grid.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.show(StaffFilterCodec.decode(event.getLocation().getQueryParameters()));
        show(filters.value());
    }

    private void filtersChanged(StaffFilter filter) {
        bulkBar.clear();
        showCount(grid.showFromStart(filter));
        // Filters live in the URL, so a filtered list can be bookmarked and reloaded.
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("staff", StaffFilterCodec.encode(filter)));
    }

    private void show(StaffFilter filter) {
        showCount(grid.show(filter));
    }

    private void showCount(long matches) {
        count.setText(matches > StaffGrid.COUNT_BOUND ? getTranslation("staff.grid.count.more-than", StaffGrid.COUNT_BOUND)
                : matches == 1 ? getTranslation("staff.grid.count.one")
                : getTranslation("staff.grid.count.many", matches));
    }

    private void refresh() {
        show(grid.filter());
    }

    private void edit(Staff staff) {
        editor.inline().edit(staff);
    }

    private void created(AccountService.Result result) {
        Staff staff = result.staff();
        Notifications.success(getTranslation("staff.grid.notification.created", staff.getFullName()));
        result.generatedPassword().ifPresent(password ->
                new GeneratedPasswordDialog(staff.getFullName(), password).open());
        refresh();
    }
}
