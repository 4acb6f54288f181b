package org.staffroom.staff.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.staffroom.staff.DirectoryEntry;
import org.staffroom.staff.StaffService;

/** Everyone's read-only directory: who works here, how to reach them, which group. */
@Route("directory")
@Menu(order = 1, title = "staff.directory.menu", icon = "vaadin:users")
@PermitAll
public class StaffDirectoryView extends Main implements HasDynamicTitle {

    private static final Sort DEFAULT_SORT = Sort.by("lastName", "firstName", "id");

    final Grid<DirectoryEntry> grid = new Grid<>();

    StaffDirectoryView(StaffService staffService) {
        addClassNames("grid-view", "directory-view");
        // Shares of the width, not widths from the content: a long e-mail must not push the grid sideways on a tablet.
        grid.addColumn(DirectoryEntry::fullName).setHeader(getTranslation("staff.directory.column.name"))
                .setSortProperty("lastName", "firstName").setFlexGrow(2);
        grid.addColumn(DirectoryEntry::email).setHeader(getTranslation("staff.directory.column.email"))
                .setSortProperty("email").setFlexGrow(3);
        grid.addColumn(DirectoryEntry::subjectGroup).setHeader(getTranslation("staff.directory.column.subject-group"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> {
            PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            Sort sort = page.getSort().isSorted() ? page.getSort().and(Sort.by("id")) : DEFAULT_SORT;
            return staffService.directory(page.withSort(sort)).stream();
        });
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("staff.directory.empty"));
        add(new H1(getTranslation("staff.directory.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.directory.page-title");
    }
}
