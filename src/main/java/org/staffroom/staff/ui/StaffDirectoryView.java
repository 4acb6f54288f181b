package org.staffroom.staff.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.data.provider.SortDirection;
import jakarta.annotation.security.PermitAll;
import org.staffroom.staff.DirectoryEntry;
import org.staffroom.staff.StaffPageBookmarks;
import org.staffroom.staff.StaffService;
import org.staffroom.staff.StaffSort;

/** Everyone's read-only directory: who works here, how to reach them, which group. */
@Route("directory")
@Menu(order = 1, title = "staff.directory.menu", icon = "vaadin:users")
@PermitAll
public class StaffDirectoryView extends Main implements HasDynamicTitle {

    final Grid<DirectoryEntry> grid = new Grid<>();
    private final StaffPageBookmarks bookmarks = new StaffPageBookmarks();

    StaffDirectoryView(StaffService staffService) {
        addClassNames("grid-view", "directory-view");
        // Shares of the width, not widths from the content: a long e-mail must not push the grid sideways on a tablet.
        grid.addColumn(DirectoryEntry::fullName).setHeader(getTranslation("staff.directory.column.name"))
                .setKey(StaffSort.LAST_NAME.name()).setSortable(true).setFlexGrow(2);
        grid.addColumn(DirectoryEntry::email).setHeader(getTranslation("staff.directory.column.email"))
                .setKey(StaffSort.EMAIL.name()).setSortable(true).setFlexGrow(3);
        grid.addColumn(DirectoryEntry::subjectGroup).setHeader(getTranslation("staff.directory.column.subject-group"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        // Paged like the staff grid: by index seeks from this grid's bookmarks and the list's position marks.
        grid.setItems(query -> {
            var order = grid.getSortOrder().stream().findFirst();
            StaffSort sort = order.map(o -> StaffSort.valueOf(o.getSorted().getKey())).orElse(StaffSort.LAST_NAME);
            boolean ascending = order.map(o -> o.getDirection() == SortDirection.ASCENDING).orElse(true);
            return staffService.directory(sort, ascending, query.getOffset(), query.getLimit(), bookmarks).stream();
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
