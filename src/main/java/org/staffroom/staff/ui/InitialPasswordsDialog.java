package org.staffroom.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.staffroom.base.spreadsheet.SpreadsheetCsv;
import org.staffroom.base.ui.CsvDownloadLink;
import org.staffroom.staff.StaffImporter.InitialPassword;

/**
 * The initial passwords of new accounts, offered once as one CSV download. They are stored
 * nowhere but as hashes, and this dialog forgets them after the download or when it closes.
 */
class InitialPasswordsDialog extends Dialog {

    private final List<InitialPassword> passwords;

    InitialPasswordsDialog(List<InitialPassword> initialPasswords) {
        this.passwords = new ArrayList<>(initialPasswords);
        addClassName("initial-passwords-dialog");
        setHeaderTitle(getTranslation("staff.import.passwords.title", passwords.size()));
        setCloseOnOutsideClick(false);
        var warning = new Paragraph(getTranslation("staff.import.passwords.warning"));
        warning.addClassName("initial-passwords-warning");
        UI ui = UI.getCurrent();
        var downloaded = new Paragraph(getTranslation("staff.import.passwords.downloaded"));
        downloaded.setVisible(false);
        CsvDownloadLink[] link = new CsvDownloadLink[1];
        link[0] = new CsvDownloadLink(getTranslation("staff.import.passwords.download"),
                getTranslation("staff.import.passwords.file-name"), (out, locale, text) -> {
                    List<InitialPassword> once = List.copyOf(passwords);
                    passwords.clear();
                    SpreadsheetCsv.write(out, locale, List.of(text.apply("staff.import.column.EMAIL"),
                            text.apply("staff.grid.column.person"), text.apply("staff.import.passwords.column")),
                            printer -> once.forEach(password -> printer.accept(
                                    List.of(password.email(), password.fullName(), password.password()))));
                    ui.access(() -> {
                        link[0].setVisible(false);
                        downloaded.setVisible(true);
                    });
                });
        var done = new Button(getTranslation("staff.generated-password.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                passwords.clear();
            }
        });
        add(warning, link[0], downloaded);
        getFooter().add(done);
    }
}
