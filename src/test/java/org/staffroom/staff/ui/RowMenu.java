package org.staffroom.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.grid.contextmenu.GridMenuItem;
import org.staffroom.staff.Staff;

/**
 * The staff grid's one row menu, opened on a row and an item picked, as in the browser: the menu is
 * filled for that row when it opens, and the item's click arrives as a DOM event.
 */
final class RowMenu {

    private RowMenu() {
    }

    static void pick(GridContextMenu<Staff> menu, Staff row, String item) {
        assertThat(menu.getDynamicContentHandler().test(row)).as("the menu opens on a row").isTrue();
        GridMenuItem<Staff> picked = menu.getItems().stream().filter(candidate -> item.equals(candidate.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no item '" + item + "' in the row menu, only "
                        + menu.getItems().stream().map(GridMenuItem::getText).toList()));
        new ItemTester(picked).clickInBrowser();
    }

    private static final class ItemTester extends ComponentTester<GridMenuItem<Staff>> {

        ItemTester(GridMenuItem<Staff> item) {
            super(item);
        }

        void clickInBrowser() {
            // Not checked for being attached: the menu joins the page only when the browser opens it.
            assertThat(getComponent().isEnabled()).as("the item is enabled").isTrue();
            fireDomEvent("click");
        }
    }
}
