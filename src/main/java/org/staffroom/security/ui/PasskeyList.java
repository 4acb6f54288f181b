package org.staffroom.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.staffroom.base.domain.UserFacingException;
import org.staffroom.base.ui.FieldMessages;
import org.staffroom.base.ui.DestructiveConfirmation;
import org.staffroom.base.ui.Notifications;
import org.staffroom.base.ui.Refusals;
import org.staffroom.security.SecondFactorService;
import org.staffroom.security.SecondFactorService.Passkey;

/** The person's passkeys: when each was added and last used, rename, remove, and add one here. */
class PasskeyList extends Div {

    final Grid<Passkey> grid = new Grid<>();
    final Paragraph none = new Paragraph();
    final PasskeyAdder adder;

    private final SecondFactorService secondFactors;
    private final Reverification reverification;
    private final Runnable onChange;

    PasskeyList(SecondFactorService secondFactors, Reverification reverification, DateTimeFormatter when,
            Runnable onChange) {
        this.secondFactors = secondFactors;
        this.reverification = reverification;
        this.onChange = onChange;
        addClassName("passkey-list");
        grid.addColumn(Passkey::label).setHeader(getTranslation("security.passkeys.column.name")).setFlexGrow(2);
        grid.addColumn(passkey -> when.format(passkey.created())).setHeader(getTranslation("security.passkeys.column.added"))
                .setAutoWidth(true);
        grid.addColumn(passkey -> when.format(passkey.lastUsed()))
                .setHeader(getTranslation("security.passkeys.column.last-used")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("security.passkeys.column.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("security.passkeys.title"));
        none.setText(getTranslation("security.passkeys.none"));
        adder = new PasskeyAdder(secondFactors, reverification, onChange);
        add(grid, none, adder);
    }

    void show(List<Passkey> passkeys) {
        grid.setItems(passkeys);
        grid.setVisible(!passkeys.isEmpty());
        none.setVisible(passkeys.isEmpty());
    }

    private HorizontalLayout actions(Passkey passkey) {
        var rename = new Button(new Icon(VaadinIcon.EDIT), click -> rename(passkey));
        rename.setAriaLabel(getTranslation("security.passkeys.rename", passkey.label()));
        rename.setTooltipText(getTranslation("security.passkeys.rename", passkey.label()));
        var remove = new Button(new Icon(VaadinIcon.TRASH), click -> confirmRemove(passkey));
        remove.setAriaLabel(getTranslation("security.passkeys.remove", passkey.label()));
        remove.setTooltipText(getTranslation("security.passkeys.remove", passkey.label()));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : List.of(rename, remove)) {
            button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(rename, remove);
    }

    private void rename(Passkey passkey) {
        var dialog = new Dialog(getTranslation("security.passkeys.rename.title"));
        var name = new TextField(getTranslation("security.passkeys.name"));
        name.setValue(passkey.label());
        name.setRequiredIndicatorVisible(true);
        FieldMessages.apply(name, PasskeyAdder.NAME_MAX_LENGTH);
        name.setWidthFull();
        var save = new Button(getTranslation("security.passkeys.rename.save"), click -> {
            try {
                secondFactors.renamePasskey(passkey.id(), name.getValue());
                dialog.close();
                onChange.run();
            } catch (UserFacingException refused) {
                Refusals.showAt(name, refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("security.passkeys.rename.cancel"), click -> dialog.close()),
                save);
        dialog.open();
        name.focus();
    }

    private void confirmRemove(Passkey passkey) {
        DestructiveConfirmation.open(getTranslation("security.passkeys.remove.title", passkey.label()),
                getTranslation("security.passkeys.remove.text"), getTranslation("security.passkeys.remove.confirm"),
                getTranslation("security.passkeys.rename.cancel"),
                () -> reverification.confirmFirst(SecondFactorService.Sensitivity.FACTOR_CHANGE, () -> {
                    if (Refusals.attempt(this, () -> secondFactors.removePasskey(passkey.id()))) {
                        Notifications.success(getTranslation("security.passkeys.removed", passkey.label()));
                    }
                    onChange.run();
                }));
    }
}
