package org.staffroom.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** "Delete X?": a header, what will happen, Cancel and a red confirm button that does it. */
public final class DestructiveConfirmation {

    private DestructiveConfirmation() {
    }

    /** Opens the confirmation; {@code action} runs only when the person confirms. */
    public static ConfirmDialog open(String header, String text, String confirmText, String cancelText,
            Runnable action) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(cancelText);
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> action.run());
        dialog.open();
        return dialog;
    }
}
