package org.staffroom.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;

/**
 * Keyboard, mouse and touch access to a grid's inline editor: double-click, a tap on a
 * touch screen, or Enter on the focused row opens the row; after a save or cancel the
 * focus returns to that row, so the next one can be edited without the mouse.
 */
public final class GridRowEditing<T> {

    // Event data is read before the filter runs, so a click on the header must not fail here.
    private static final String TAPPED_ITEM_KEY = "element.getEventContext(event).item?.key";

    private final Grid<T> grid;
    private T focusedItem;

    public GridRowEditing(Grid<T> grid, Consumer<T> edit) {
        this.grid = grid;
        grid.addItemDoubleClickListener(click -> edit.accept(click.getItem()));
        // A double tap zooms on tablets, so there one tap on a row opens it; a tap on a button
        // in the row only does what the button says. Both are decided in the browser.
        grid.getElement().addEventListener("click", tap -> {
            var key = tap.getEventData().get(TAPPED_ITEM_KEY);
            T item = key == null || key.isNull() ? null : grid.getDataCommunicator().getKeyMapper().get(key.asString());
            if (item != null && !grid.getEditor().isOpen()) {
                edit.accept(item);
            }
        }).addEventData(TAPPED_ITEM_KEY).setFilter("matchMedia('(pointer: coarse)').matches"
                + " && !event.target.closest('vaadin-button, vaadin-menu-bar, a, input, textarea')"
                + " && element.getEventContext(event).section === 'body' && !!element.getEventContext(event).item");
        grid.addCellFocusListener(focus -> focusedItem = focus.getItem().orElse(null));
        // Enter inside the editor is the editor's save shortcut; only Enter on the grid opens.
        grid.getElement().addEventListener("keydown", event -> {
            if (focusedItem != null && !grid.getEditor().isOpen()) {
                edit.accept(focusedItem);
            }
        }).setFilter("event.key === 'Enter' && event.target === element");
    }

    /**
     * Save and cancel buttons for the open row, to sit in the actions column's editor slot:
     * a tablet has no Enter or Escape key to finish an edit with.
     */
    public Component saveAndCancelButtons(Runnable save, Runnable cancel) {
        var saveButton = iconButton(VaadinIcon.CHECK, "base.grid-editor.save", save);
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancelButton = iconButton(VaadinIcon.CLOSE, "base.grid-editor.cancel", cancel);
        cancelButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var buttons = new HorizontalLayout(saveButton, cancelButton);
        buttons.setSpacing(false);
        return buttons;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        var button = new Button(new Icon(icon), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_ICON);
        button.setAriaLabel(grid.getTranslation(labelKey));
        button.setTooltipText(grid.getTranslation(labelKey));
        button.addClassName("row-action");
        return button;
    }

    /** After a save the row holds a new version of the item; Enter must open that one. */
    public void rowSaved(T saved) {
        focusedItem = saved;
    }

    /** vaadin-grid remembers the focused body cell; focusing the grid element alone lands nowhere. */
    public void focusRow() {
        grid.getElement().executeJs("requestAnimationFrame(() => (this._itemsFocusable || this).focus())");
    }
}
