package org.staffroom.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.staffroom.base.config.StaffroomProperties;
import org.staffroom.base.spreadsheet.SpreadsheetCsv;
import org.staffroom.base.spreadsheet.SpreadsheetReader;
import org.staffroom.base.spreadsheet.UnreadableFileException;
import org.staffroom.base.ui.CsvDownloadLink;
import org.staffroom.base.ui.Notifications;
import org.staffroom.base.ui.Refusals;
import org.staffroom.security.Access;
import org.staffroom.staff.ImportColumn;
import org.staffroom.staff.ImportPreview;
import org.staffroom.staff.ImportPreview.Status;
import org.staffroom.staff.StaffImportService;
import org.staffroom.staff.StaffImporter;

/**
 * Imports staff from a spreadsheet: upload a CSV or XLSX file, check which column holds
 * what, read the preview of every row (nothing is saved yet), then import all of it or only
 * the valid rows. New people's initial passwords are offered once as a download.
 */
@Route("staff/import")
@RolesAllowed(Access.ADMIN)
public class StaffImportView extends Main implements HasDynamicTitle {

    final Select<String> sheet = new Select<>();
    final ImportColumnMapping mapping = new ImportColumnMapping(this::showPreview);
    final ImportPreviewGrid grid = new ImportPreviewGrid();
    final Checkbox errorsOnly = new Checkbox();
    final RadioButtonGroup<StaffImporter.UnknownGroups> unknownGroups = new RadioButtonGroup<>();
    final Checkbox skipErrors = new Checkbox();
    final Button importButton = new Button();
    private final Paragraph fileProblem = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final Div previewSection = new Div();

    private final StaffImportService imports;
    private final StaffImporter importer;
    private final SpreadsheetReader.Limits limits;
    private String fileName;
    private byte[] content;
    private SpreadsheetReader.Table table;
    private ImportPreview preview;

    StaffImportView(StaffImportService imports, StaffImporter importer, StaffroomProperties properties) {
        this.imports = imports;
        this.importer = importer;
        this.limits = new SpreadsheetReader.Limits(properties.staffImport().maxFileSize().toBytes(),
                properties.staffImport().maxRows());
        addClassNames("grid-view", "import-view");

        var upload = new Upload();
        // The list is emptied after each file, so that a corrected file can follow at once.
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) -> {
            receive(metadata.fileName(), data);
            upload.clearFileList();
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) limits.maxBytes());
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.addFileRejectedListener(rejected -> fail(getTranslation("base.import.too-large",
                limits.maxBytes() / (1024 * 1024))));
        fileProblem.addClassName("import-file-problem");
        fileProblem.getElement().setAttribute("role", "alert");
        fileProblem.setVisible(false);

        sheet.setLabel(getTranslation("staff.import.sheet"));
        sheet.setVisible(false);
        sheet.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                read(change.getValue());
            }
        });

        errorsOnly.setLabel(getTranslation("staff.import.errors-only"));
        errorsOnly.addValueChangeListener(change -> grid.filter(change.getValue()));
        unknownGroups.setItems(StaffImporter.UnknownGroups.values());
        unknownGroups.setItemLabelGenerator(choice -> getTranslation("staff.import.unknown-groups." + choice.name()));
        unknownGroups.setValue(StaffImporter.UnknownGroups.CREATE);
        skipErrors.addValueChangeListener(change -> enableImport());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(click -> confirm());
        summary.addClassName("import-summary");
        previewSection.add(new HorizontalLayout(summary, errorsOnly), grid, unknownGroups, skipErrors, importButton);
        previewSection.addClassName("import-preview-section");
        previewSection.setVisible(false);

        var back = new Button(getTranslation("staff.import.back"), click -> UI.getCurrent().navigate(StaffGridView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1(getTranslation("staff.import.title")), new Paragraph(getTranslation("staff.import.intro",
                limits.maxBytes() / (1024 * 1024), limits.maxRows())), template(), upload, fileProblem, sheet, mapping,
                previewSection, back);
        mapping.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.import.page-title");
    }

    /** A file arrived: read it and show its preview. */
    void receive(String name, byte[] data) {
        fileName = name;
        content = data;
        read(null);
    }

    private void read(String sheetName) {
        try {
            table = SpreadsheetReader.read(fileName, content, sheetName, limits);
        } catch (UnreadableFileException refused) {
            fail(Refusals.text(this, refused));
            return;
        }
        fileProblem.setVisible(false);
        sheet.setItems(table.sheets());
        sheet.setVisible(table.sheets().size() > 1);
        if (table.sheets().size() > 1) {
            sheet.setValue(sheetName == null ? table.sheets().getFirst() : sheetName);
        }
        mapping.setVisible(true);
        mapping.show(table.header());
        showPreview();
    }

    private void showPreview() {
        Map<ImportColumn, Integer> columns = mapping.value();
        if (columns.isEmpty()) {
            previewSection.setVisible(false);
            return;
        }
        preview = imports.preview(table, columns, getLocale());
        grid.show(preview, errorsOnly.getValue());
        summary.setText(getTranslation("staff.import.summary", preview.count(Status.NEW), preview.count(Status.UPDATE),
                preview.count(Status.UNCHANGED), preview.count(Status.ERROR)));
        unknownGroups.setVisible(!preview.unknownGroups().isEmpty());
        unknownGroups.setLabel(getTranslation("staff.import.unknown-groups", String.join(", ", preview.unknownGroups())));
        skipErrors.setVisible(preview.hasErrors());
        skipErrors.setValue(false);
        skipErrors.setLabel(getTranslation("staff.import.skip-errors", valid()));
        previewSection.setVisible(true);
        enableImport();
    }

    private void enableImport() {
        importButton.setText(getTranslation("staff.import.confirm", valid()));
        importButton.setEnabled(valid() > 0 && (!preview.hasErrors() || skipErrors.getValue()));
    }

    private long valid() {
        return preview.count(Status.NEW) + preview.count(Status.UPDATE);
    }

    private void confirm() {
        Refusals.attempt(this, () -> {
            StaffImporter.Result result = importer.confirm(preview, unknownGroups.getValue(), skipErrors.getValue());
            Notifications.success(getTranslation("staff.import.done", result.created(), result.updated()));
            if (!result.initialPasswords().isEmpty()) {
                new InitialPasswordsDialog(result.initialPasswords()).open();
            }
        });
        showPreview();
    }

    private void fail(String message) {
        fileProblem.setText(message);
        fileProblem.setVisible(true);
        mapping.setVisible(false);
        previewSection.setVisible(false);
    }

    private CsvDownloadLink template() {
        return new CsvDownloadLink(getTranslation("staff.import.template"),
                getTranslation("staff.import.template.file-name"), (out, locale, text) -> SpreadsheetCsv.write(out,
                        locale, Arrays.stream(ImportColumn.values()).map(column -> text.apply(column.messageKey()))
                                .toList(), printer -> { }));
    }

    List<String> fileProblems() {
        return fileProblem.isVisible() ? List.of(fileProblem.getText()) : List.of();
    }
}
