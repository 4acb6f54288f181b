package org.staffroom.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.locator.Locators;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.staffroom.SignedInAs;
import org.staffroom.TestAccounts;
import org.staffroom.staff.TestStaffAccounts;

/** An administrator uploads a file, reads its preview with each row's problem, and imports the valid rows. */
@SpringBootTest
@SignedInAs(TestAccounts.HEAD_EMAIL)
class StaffImportViewTest extends SpringBrowserlessTest implements Locators {

    @Autowired
    TestStaffAccounts accounts;

    @Test
    void theStaffViewLeadsToTheImport() {
        navigate(StaffGridView.class);
        findButton().withText("Import").click();
        assertThat(find(StaffImportView.class).all()).hasSize(1);
    }

    @Test
    void aPreviewShowsEveryRowsProblemNothingIsSavedUntilConfirmedThenTheValidRowsAreImported() throws IOException {
        String tag = "v" + System.nanoTime() % 1_000_000_000;
        String csv = new String(file("staff-five-good-two-bad.csv"), StandardCharsets.UTF_8)
                .replace("@import.example", "." + tag + "@import.example");
        StaffImportView view = navigate(StaffImportView.class);

        view.receive("new-staff.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(summary()).isEqualTo("New: 5 · Updated: 0 · Unchanged: 0 · Errors: 2");
        var rows = test(view.grid);
        assertThat(rows.size()).isEqualTo(7);
        test(view.errorsOnly).click();
        assertThat(rows.size()).isEqualTo(2);
        assertThat(text(rows.getCellComponent(0, 3))).isEqualTo("Last name: Enter a value.");
        assertThat(text(rows.getCellComponent(1, 3)))
                .isEqualTo("Role: Unknown role. Use \"Staff member\" or \"Administrator\".");
        assertThat(view.importButton.isEnabled()).as("errors must be fixed or skipped first").isFalse();
        assertThat(accounts.findOptionalByEmail("nora.berg." + tag + "@import.example")).as("nothing saved yet").isEmpty();

        test(view.skipErrors).click();
        test(view.importButton).click();

        InitialPasswordsDialog passwords = find(InitialPasswordsDialog.class).single();
        assertThat(passwords.getHeaderTitle()).isEqualTo("Initial passwords for 5 new people");
        assertThat(accounts.findByEmail("nora.berg." + tag + "@import.example").isMustChangePassword()).isTrue();
        assertThat(accounts.findOptionalByEmail("tom.frost." + tag + "@import.example")).isEmpty();
        assertThat(summary()).as("the preview now shows them saved")
                .isEqualTo("New: 0 · Updated: 0 · Unchanged: 5 · Errors: 2");
    }

    @Test
    void aWindows1252FileIsRefusedWithWhatToDo() throws IOException {
        StaffImportView view = navigate(StaffImportView.class);
        view.receive("old.csv", file("staff-windows-1252.csv"));
        assertThat(view.fileProblems()).singleElement().asString().contains("Windows-1252").contains("CSV UTF-8");
        assertThat(view.grid.isVisible() && view.grid.getParent().orElseThrow().isVisible()).isFalse();
    }

    private String summary() {
        return find(Paragraph.class).withClassName("import-summary").single().getText();
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }

    private static byte[] file(String name) throws IOException {
        try (InputStream in = StaffImportViewTest.class.getResourceAsStream("/import/" + name)) {
            return in.readAllBytes();
        }
    }
}
