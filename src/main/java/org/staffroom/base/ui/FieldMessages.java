package org.staffroom.base.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Words for the checks a text field makes itself (required, maximum length, e-mail
 * pattern). Without them a field that refuses a value turns red with no message, for
 * example when more is pasted than it takes.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static void apply(TextField field, int maxLength) {
        field.setMaxLength(maxLength);
        field.setI18n(new TextField.TextFieldI18n()
                .setRequiredErrorMessage(field.getTranslation("base.field.required"))
                .setMaxLengthErrorMessage(field.getTranslation("base.field.too-long", maxLength)));
    }

    public static void apply(EmailField field, int maxLength) {
        field.setMaxLength(maxLength);
        field.setI18n(new EmailField.EmailFieldI18n()
                .setRequiredErrorMessage(field.getTranslation("base.field.required"))
                .setMaxLengthErrorMessage(field.getTranslation("base.field.too-long", maxLength))
                .setPatternErrorMessage(field.getTranslation("base.field.email")));
    }

    public static void apply(PasswordField field, int maxLength) {
        field.setMaxLength(maxLength);
        field.setI18n(new PasswordField.PasswordFieldI18n()
                .setRequiredErrorMessage(field.getTranslation("base.field.required"))
                .setMaxLengthErrorMessage(field.getTranslation("base.field.too-long", maxLength)));
    }
}
