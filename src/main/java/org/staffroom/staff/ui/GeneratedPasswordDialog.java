package org.staffroom.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.staffroom.base.ui.Notifications;

/** Shows a generated password once; it is stored nowhere but as a hash. */
class GeneratedPasswordDialog extends Dialog {

    private final TextField password = new TextField(getTranslation("staff.generated-password.field"));
    private final Button copy = new Button(getTranslation("staff.generated-password.copy"), new Icon(VaadinIcon.COPY));
    private final Button done = new Button(getTranslation("staff.generated-password.done"));

    GeneratedPasswordDialog(String personName, String generatedPassword) {
        setHeaderTitle(getTranslation("staff.generated-password.title", personName));
        setCloseOnOutsideClick(false);
        password.setValue(generatedPassword);
        password.setReadOnly(true);
        password.setWidthFull();
        password.addClassName("generated-password");
        copy.addClickListener(click -> {
            password.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                    generatedPassword);
            Notifications.success(getTranslation("staff.generated-password.copied"));
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(click -> close());
        add(new Paragraph(getTranslation("staff.generated-password.text", personName)), password);
        getFooter().add(copy, done);
    }
}
