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

    final TextField password = new TextField("Generated password");
    final Button copy = new Button("Copy", new Icon(VaadinIcon.COPY));
    final Button done = new Button("Done");

    GeneratedPasswordDialog(String personName, String generatedPassword) {
        setHeaderTitle("Password for " + personName);
        setCloseOnOutsideClick(false);
        password.setValue(generatedPassword);
        password.setReadOnly(true);
        password.setWidthFull();
        password.addClassName("generated-password");
        copy.addClickListener(click -> {
            password.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                    generatedPassword);
            Notifications.success("Password copied");
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(click -> close());
        add(new Paragraph("Give this password to " + personName + " in person. It is shown only now; "
                + "they must change it when they first sign in."), password);
        getFooter().add(copy, done);
    }
}
