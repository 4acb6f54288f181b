package org.staffroom.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import org.staffroom.base.domain.DuplicateValueException;
import org.staffroom.base.domain.StaleEditException;
import org.staffroom.base.domain.UserFacingException;

/**
 * A grid's inline row editor, the same in every grid. Double-click, a tap on a touch
 * screen, or Enter on the focused row opens the row; Enter in a field or the row's save
 * button saves, Escape or the cancel button forgets. The editor is buffered, so nothing
 * reaches the row until the service accepted it. After a save or cancel the focus returns
 * to the row, so the next one can be edited without the mouse. A value that is already
 * taken shows at its field and the row stays open; a row someone else changed is reloaded.
 */
public final class InlineRowEditor<T> {

    // Event data is read before the filter runs, so a click on the header must not fail here.
    private static final String TAPPED_ITEM_KEY = "element.getEventContext(event).item?.key";

    private final Grid<T> grid;
    private final Binder<T> binder;
    private final SerializableFunction<T, T> save;
    private final SerializableFunction<T, String> savedMessage;
    private Component firstField;
    private SerializableConsumer<DuplicateValueException> showDuplicate;
    private SerializableBiConsumer<T, Runnable> beforeSave = (item, proceed) -> proceed.run();
    private T focusedItem;
    private SerializableRunnable createFields;

    /**
     * @param save stores the open row with the values in the fields and returns the row as stored;
     *     it throws a {@link UserFacingException} to refuse
     * @param savedMessage what the person is told after a save
     */
    public InlineRowEditor(Grid<T> grid, Binder<T> binder, SerializableFunction<T, T> save,
            SerializableFunction<T, String> savedMessage) {
        this.grid = grid;
        this.binder = binder;
        this.save = save;
        this.savedMessage = savedMessage;
        grid.getEditor().setBinder(binder);
        grid.getEditor().setBuffered(true);
        // The fields exist in the browser only once the row is open.
        grid.getEditor().addOpenListener(open -> {
            if (firstField instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        });
        openOnDoubleClickTapAndEnter();
    }

    /**
     * Makes {@code field} one of the row's fields: Enter saves, Escape cancels. The first field
     * added gets the focus when a row opens.
     */
    public <F extends Component & HasSize> F addField(F field) {
        if (field instanceof HasValueChangeMode withMode) {
            // Enter saves through a shortcut, which runs before a change event would sync the value.
            withMode.setValueChangeMode(ValueChangeMode.EAGER);
        }
        field.setWidthFull();
        Shortcuts.addShortcutListener(field, this::save, Key.ENTER).listenOn(field);
        Shortcuts.addShortcutListener(field, this::cancel, Key.ESCAPE).listenOn(field);
        if (firstField == null) {
            firstField = field;
        }
        return field;
    }

    /** Where a {@link DuplicateValueException} is shown: the field whose value must be unique. */
    public <F extends Component & HasValidation & Focusable<F>> void showDuplicatesAt(F field) {
        showDuplicate = duplicate -> Refusals.showAt(field, duplicate);
    }

    /**
     * Runs before each save; the save goes on only when {@code gate} runs its second argument,
     * at once or later (after the person confirmed who they are, say).
     */
    public void setBeforeSave(SerializableBiConsumer<T, Runnable> gate) {
        beforeSave = gate;
    }

    /**
     * Has {@code createFields} add the fields (and the buttons) just before the first row opens.
     * Most people only look at a list, and a row's fields would stay in their session all along.
     */
    public void createFieldsAtFirstEdit(SerializableRunnable createFields) {
        this.createFields = createFields;
    }

    public void edit(T item) {
        if (createFields != null) {
            SerializableRunnable create = createFields;
            createFields = null;
            create.run();
        }
        grid.getEditor().editItem(item);
    }

    public void save() {
        T item = grid.getEditor().getItem();
        if (item == null || !binder.validate().isOk()) {
            return;
        }
        beforeSave.accept(item, () -> store(item));
    }

    private void store(T item) {
        if (grid.getEditor().getItem() != item) {
            return;
        }
        T saved;
        try {
            saved = save.apply(item);
        } catch (DuplicateValueException duplicate) {
            if (showDuplicate == null) {
                throw duplicate;
            }
            showDuplicate.accept(duplicate);
            return;
        } catch (StaleEditException stale) {
            grid.getEditor().cancel();
            grid.getDataProvider().refreshAll();
            Refusals.notify(grid, stale);
            return;
        } catch (UserFacingException refusal) {
            Refusals.notify(grid, refusal);
            return;
        }
        grid.getEditor().cancel();
        // The row now holds a new version of the item; Enter must open that one.
        focusedItem = saved;
        grid.getDataProvider().refreshAll();
        Notifications.success(savedMessage.apply(saved));
        focusRow();
    }

    public void cancel() {
        grid.getEditor().cancel();
        focusRow();
    }

    /** vaadin-grid remembers the focused body cell; focusing the grid element alone lands nowhere. */
    public void focusRow() {
        grid.getElement().executeJs("requestAnimationFrame(() => (this._itemsFocusable || this).focus())");
    }

    /**
     * Save and cancel buttons for the open row, to sit in the actions column's editor slot:
     * a tablet has no Enter or Escape key to finish an edit with.
     */
    public void putButtonsIn(Grid.Column<T> actionsColumn) {
        var saveButton = iconButton(VaadinIcon.CHECK, "base.grid-editor.save", this::save);
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancelButton = iconButton(VaadinIcon.CLOSE, "base.grid-editor.cancel", this::cancel);
        cancelButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var buttons = new HorizontalLayout(saveButton, cancelButton);
        buttons.setSpacing(false);
        actionsColumn.setEditorComponent(buttons);
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        var button = new Button(new Icon(icon), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_ICON);
        button.setAriaLabel(grid.getTranslation(labelKey));
        button.setTooltipText(grid.getTranslation(labelKey));
        button.addClassName("row-action");
        return button;
    }

    private void openOnDoubleClickTapAndEnter() {
        grid.addItemDoubleClickListener(click -> edit(click.getItem()));
        // A double tap zooms on tablets, so there one tap on a row opens it; a tap on a button
        // in the row only does what the button says. Both are decided in the browser.
        grid.getElement().addEventListener("click", tap -> {
            var key = tap.getEventData().get(TAPPED_ITEM_KEY);
            T item = key == null || key.isNull() ? null : grid.getDataCommunicator().getKeyMapper().get(key.asString());
            if (item != null && !grid.getEditor().isOpen()) {
                edit(item);
            }
        }).addEventData(TAPPED_ITEM_KEY).setFilter("matchMedia('(pointer: coarse)').matches"
                + " && !event.target.closest('vaadin-button, vaadin-menu-bar, a, input, textarea')"
                + " && element.getEventContext(event).section === 'body' && !!element.getEventContext(event).item");
        grid.addCellFocusListener(focus -> focusedItem = focus.getItem().orElse(null));
        // Enter inside the editor is the editor's save shortcut; only Enter on the grid opens.
        grid.getElement().addEventListener("keydown", event -> {
            if (focusedItem != null && !grid.getEditor().isOpen()) {
                edit(focusedItem);
            }
        }).setFilter("event.key === 'Enter' && event.target === element");
    }
}
