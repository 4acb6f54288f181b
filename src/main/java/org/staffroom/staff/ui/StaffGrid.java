package org.staffroom.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.staffroom.base.ui.NarrowWidthWatcher;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffFilter;
import org.staffroom.staff.StaffPageBookmarks;
import org.staffroom.staff.StaffService;
import org.staffroom.staff.StaffSort;

/**
 * The staff grid: lazy over any number of people, a column per field when wide, and one
 * card-like person column when narrower than {@link #NARROW_BELOW_PX} (tablets, or a desktop
 * with the drawer open), where the row editor's fields stack, each with its label.
 */
class StaffGrid extends Grid<Staff> {

    static final int COUNT_BOUND = 10_000;
    static final String PERSON_COLUMN = "person";
    static final String ACTIONS_COLUMN = "actions";
    // Below this width the seven columns would cut the e-mail short.
    static final int NARROW_BELOW_PX = 800;

    private final StaffService staffService;
    private final StaffPageBookmarks bookmarks = new StaffPageBookmarks();
    private final Map<StaffSort, Column<Staff>> wideColumns = new EnumMap<>(StaffSort.class);
    private final Map<StaffSort, String> headers = new EnumMap<>(StaffSort.class);
    private final Column<Staff> personColumn;
    private Map<StaffSort, Component> editorFields = Map.of();
    private StaffFilter filter = StaffFilter.NONE;
    private long matches;

    StaffGrid(StaffService staffService) {
        this.staffService = staffService;
        addWideColumn(StaffSort.LAST_NAME, "staff.grid.column.last-name", Staff::getLastName).setFlexGrow(2);
        addWideColumn(StaffSort.FIRST_NAME, "staff.grid.column.first-name", Staff::getFirstName).setFlexGrow(2);
        addWideColumn(StaffSort.EMAIL, "staff.grid.column.email", Staff::getEmail).setFlexGrow(3);
        addWideColumn(StaffSort.SUBJECT_GROUP, "staff.grid.column.subject-group", StaffGrid::subjectGroupName)
                .setFlexGrow(2);
        addWideColumn(StaffSort.ROLE, "staff.grid.column.role", this::roleLabel).setAutoWidth(true).setFlexGrow(0);
        addWideColumn(StaffSort.STATUS, "staff.grid.column.status", this::statusLabel)
                .setAutoWidth(true).setFlexGrow(0);
        // On a narrow grid one column shows the person as a small card; it sorts by last name.
        personColumn = addColumn(LitRenderer.<Staff>of("""
                        <div class="person-cell"><strong>${item.name}</strong><span>${item.email}</span>\
                        <span class="person-cell-details">${item.details}</span></div>""")
                        .withProperty("name", staff -> staff.getLastName() + ", " + staff.getFirstName())
                        .withProperty("email", Staff::getEmail)
                        .withProperty("details", staff -> String.join(" · ", Stream.of(subjectGroupName(staff),
                                roleLabel(staff), statusLabel(staff)).filter(text -> !text.isEmpty()).toList())))
                .setHeader(getTranslation("staff.grid.column.person")).setKey(PERSON_COLUMN).setSortable(true)
                .setFlexGrow(1);
        personColumn.setVisible(false);
        // A plain button per row that opens the grid's one row menu (StaffRowActions) at itself: the
        // menu's own "vaadin-contextmenu" event, sent from the row's cell, tells the grid which row.
        addColumn(LitRenderer.<Staff>of("""
                        <vaadin-button class="row-actions" theme="tertiary-inline icon" aria-haspopup="menu" \
                        aria-label="${item.label}" @click="${event => {
                            event.stopPropagation();
                            const button = event.currentTarget, box = button.getBoundingClientRect();
                            button.dispatchEvent(new CustomEvent('vaadin-contextmenu', {bubbles: true, composed: true,
                                detail: {x: box.left, y: box.bottom, sourceEvent: event}}));
                        }}"><vaadin-icon icon="vaadin:ellipsis-dots-v"></vaadin-icon></vaadin-button>""")
                        .withProperty("label", staff -> getTranslation("staff.grid.actions.aria-label",
                                staff.getFullName())))
                .setHeader(getTranslation("staff.grid.column.actions"))
                // Wide enough for the open row's save and cancel buttons, not only for the menu.
                .setKey(ACTIONS_COLUMN).setWidth("7rem").setFlexGrow(0);
        NarrowWidthWatcher.watch(this, NARROW_BELOW_PX, this::useNarrowLayout);

        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // A checkbox per row for the bulk actions; "all matching" is the bulk bar's, by filter on the server.
        setSelectionMode(SelectionMode.MULTI);
        setMultiSort(false);
        setSizeFull();
        setEmptyStateText(getTranslation("staff.grid.empty"));
        // Rows by id: an entity's hash is its class (it must not change when it is saved), so Vaadin's
        // map of the rows it sent would be one chain of equal hashes, searched for every row.
        setItems(new CallbackDataProvider<Staff, Void>(this::page, query -> {
            throw new IllegalStateException("the staff grid estimates its size");
        }, Staff::getId)).setItemCountUnknown();
    }

    private Stream<Staff> page(Query<Staff, Void> query) {
        Optional<GridSortOrder<Staff>> order = getSortOrder().stream().findFirst();
        StaffSort sort = order.map(o -> o.getSorted().getKey())
                .filter(key -> !PERSON_COLUMN.equals(key)).map(StaffSort::valueOf).orElse(StaffSort.LAST_NAME);
        boolean ascending = order.map(o -> o.getDirection() == SortDirection.ASCENDING).orElse(true);
        return staffService.find(filter, sort, ascending, query.getOffset(), query.getLimit(), bookmarks).stream();
    }

    /**
     * Shows the people matching a new choice of filters from the first of them, as a new search
     * should. The rows at the old position would mean little, and cost a walk to that depth.
     *
     * @return how many match, counted up to just above {@link #COUNT_BOUND}
     */
    long showFromStart(StaffFilter shown) {
        scrollToStart();
        return show(shown);
    }

    /**
     * Shows the people matching {@code shown}.
     *
     * @return how many match, counted up to just above {@link #COUNT_BOUND}
     */
    long show(StaffFilter shown) {
        filter = shown;
        getDataProvider().refreshAll();
        matches = staffService.countUpTo(filter, COUNT_BOUND + 1);
        getLazyDataView().setItemCountEstimate((int) Math.max(1, Math.min(matches, COUNT_BOUND)));
        return matches;
    }

    StaffFilter filter() {
        return filter;
    }

    /** How many people the filter matches, counted up to just above {@link #COUNT_BOUND}. */
    long matches() {
        return matches;
    }

    /** Puts each editor field under the column of its key (wide) or stacks them all in the person column (narrow). */
    void placeEditorFields(Map<StaffSort, Component> fields) {
        editorFields = fields;
        placeEditorFields(personColumn.isVisible());
    }

    void useNarrowLayout(boolean narrow) {
        if (narrow == personColumn.isVisible()) {
            return;
        }
        getEditor().cancel();
        wideColumns.values().forEach(column -> column.setVisible(!narrow));
        personColumn.setVisible(narrow);
        placeEditorFields(narrow);
    }

    private void placeEditorFields(boolean narrow) {
        if (editorFields.isEmpty()) {
            return;
        }
        var stacked = new Div();
        stacked.addClassName("person-editor");
        editorFields.forEach((key, field) -> {
            String header = headers.get(key);
            // In the wide grid the fields sit under their column headers, so they are named like them;
            // stacked in one cell they have no header above them, so they get a visible label.
            ((HasAriaLabel) field).setAriaLabel(header);
            ((HasLabel) field).setLabel(narrow ? header : null);
            wideColumns.get(key).setEditorComponent(narrow ? null : field);
            if (narrow) {
                stacked.add(field);
            }
        });
        personColumn.setEditorComponent(narrow ? stacked : null);
    }

    private Column<Staff> addWideColumn(StaffSort key, String headerKey, ValueProvider<Staff, String> value) {
        headers.put(key, getTranslation(headerKey));
        Column<Staff> column = addColumn(value).setHeader(headers.get(key)).setKey(key.name()).setSortable(true);
        wideColumns.put(key, column);
        return column;
    }

    private String roleLabel(Staff staff) {
        return getTranslation(staff.getRole().messageKey());
    }

    private String statusLabel(Staff staff) {
        return getTranslation(staff.getStatus().messageKey());
    }

    private static String subjectGroupName(Staff staff) {
        return staff.getSubjectGroup() == null ? "" : staff.getSubjectGroup().getName();
    }
}
