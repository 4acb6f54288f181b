package org.staffroom.subjectgroup.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import org.staffroom.base.domain.DuplicateValueException;
import org.staffroom.base.ui.Refusals;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;
import org.staffroom.base.ui.FieldMessages;

/**
 * A small dialog rather than an empty row: a lazy grid cannot show an unsaved item, and
 * on a tablet the dialog keeps the field and its keyboard in view.
 */
class NewSubjectGroupDialog extends Dialog {

    private final TextField name = new TextField();
    private final Button create = new Button();
    private final Button cancel = new Button();

    private final BeanValidationBinder<SubjectGroup> binder = new BeanValidationBinder<>(SubjectGroup.class);
    private final SubjectGroupService service;
    private final Consumer<SubjectGroup> onCreated;

    NewSubjectGroupDialog(SubjectGroupService service, Consumer<SubjectGroup> onCreated) {
        this.service = service;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("subjectgroup.new.title"));
        addClassName("new-subject-group-dialog");
        name.setLabel(getTranslation("subjectgroup.new.name"));
        create.setText(getTranslation("subjectgroup.new.create"));
        cancel.setText(getTranslation("subjectgroup.new.cancel"));

        name.setWidthFull();
        name.setValueChangeMode(ValueChangeMode.EAGER);
        FieldMessages.apply(name, SubjectGroup.NAME_MAX_LENGTH);
        name.setHelperText(getTranslation("subjectgroup.new.name.helper", SubjectGroup.NAME_MAX_LENGTH));
        binder.forField(name).bind("name");
        binder.setBean(new SubjectGroup(""));
        add(name);

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> submit());
        create.addClickShortcut(Key.ENTER);
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, create);
        addOpenedChangeListener(opened -> name.focus());
    }

    private void submit() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            SubjectGroup created = service.create(name.getValue());
            close();
            onCreated.accept(created);
        } catch (DuplicateValueException duplicate) {
            Refusals.showAt(name, duplicate);
        }
    }
}
