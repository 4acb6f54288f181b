package org.staffroom.subjectgroup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.locator.Locators;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextFieldLocator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.staffroom.SignedInAs;
import org.staffroom.TestAccounts;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;

@SpringBootTest
@SignedInAs(TestAccounts.HEAD_EMAIL)
class SubjectGroupViewTest extends SpringBrowserlessTest implements Locators {

    @Autowired
    SubjectGroupService service;

    @Autowired
    JdbcTemplate jdbc;

    // The editor's field lives inside the grid's client-side row, which browserless tests
    // cannot attach, so it is set through its server API; the keyboard journey is covered
    // in the real browser (SubjectGroupKeyboardIT).
    private SubjectGroupView view;
    private String tag;

    @BeforeEach
    void openViewFilteredToThisTest() {
        tag = "T" + System.nanoTime() % 1_000_000_000;
        view = navigate(SubjectGroupView.class);
    }

    @Test
    void createsAGroupFromTheDialogAndSaysSo() {
        SubjectGroup created = createThroughDialog("Physics " + tag);
        assertThat(created).isNotNull();
        assertThat(lastNotification()).isEqualTo("Subject group \"Physics " + tag + "\" created");
        search(tag);
        assertThat(rows()).containsExactly("Physics " + tag);
    }

    @Test
    void duplicateNamesInEveryCasingAndSpacingAreRefusedAtTheField() {
        service.create("Maths " + tag);
        for (String duplicate : List.of("Maths " + tag, "MATHS " + tag.toUpperCase(), "maths " + tag.toLowerCase(),
                "  maths " + tag + "  ")) {
            NewSubjectGroupDialog dialog = openNewDialog();
            name(dialog).setValue(duplicate);
            findButton().withText("Create").inside(dialog).click();
            assertThat(name(dialog).component().isInvalid()).as(duplicate).isTrue();
            assertThat(name(dialog).component().getErrorMessage()).isEqualTo("A subject group with this name already exists");
            assertThat(name(dialog).component().getValue()).as("what was typed is kept").isEqualTo(duplicate);
            findButton().withText("Cancel").inside(dialog).click();
        }
        assertThat(service.count("maths " + tag)).isEqualTo(1);
    }

    @Test
    void fieldErrorsSpeakThePersonsLanguage() {
        NewSubjectGroupDialog english = openNewDialog();
        name(english).setValue("   ");
        findButton().withText("Create").inside(english).click();
        assertThat(name(english).component().getErrorMessage()).isEqualTo("Enter a value.");
        findButton().withText("Cancel").inside(english).click();

        UI.getCurrent().setLocale(Locale.GERMAN);
        NewSubjectGroupDialog german = openNewDialog();
        findTextField().withLabel("Name").inside(german).setValue("   ");
        findButton().withText("Anlegen").inside(german).click();
        assertThat(findTextField().withLabel("Name").inside(german).component().getErrorMessage()).isEqualTo("Bitte einen Wert eingeben.");
        findTextField().withLabel("Name").inside(german).setValue("x".repeat(61));
        findButton().withText("Anlegen").inside(german).click();
        assertThat(findTextField().withLabel("Name").inside(german).component().getErrorMessage()).isEqualTo("Höchstens 60 Zeichen.");
    }

    @Test
    void blankAndOverlongNamesAreRefusedAtTheField() {
        NewSubjectGroupDialog dialog = openNewDialog();
        name(dialog).setValue("   ");
        findButton().withText("Create").inside(dialog).click();
        assertThat(name(dialog).component().isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();

        name(dialog).setValue(tag + "x".repeat(61 - tag.length()));
        findButton().withText("Create").inside(dialog).click();
        assertThat(name(dialog).component().isInvalid()).isTrue();
        assertThat(name(dialog).component().getErrorMessage()).contains("60");
        assertThat(service.count(tag)).isZero();
    }

    @Test
    void renamesInlineAndShowsTheNewName() {
        SubjectGroup group = service.create("Chemistry " + tag);
        search(tag);
        test(view.grid).doubleClickRow(0);
        roundTrip();
        view.nameEditor.setValue("  Biology & Chemistry " + tag + " <script>alert(1)</script>");
        view.editor.save();
        assertThat(view.grid.getEditor().isOpen()).isFalse();
        assertThat(rows()).containsExactly("Biology & Chemistry " + tag + " <script>alert(1)</script>");
        assertThat(service.get(group.getId()).getName()).startsWith("Biology");
    }

    @Test
    void invalidInlineValueCannotBeSavedAndShowsAtTheCell() {
        service.create("Geography " + tag);
        search(tag);
        test(view.grid).doubleClickRow(0);
        roundTrip();
        view.nameEditor.setValue("");
        view.editor.save();
        assertThat(view.grid.getEditor().isOpen()).isTrue();
        assertThat(view.nameEditor.isInvalid()).isTrue();
        assertThat(rows()).containsExactly("Geography " + tag);
    }

    @Test
    void renameToAnExistingNameIsRefusedAtTheCell() {
        service.create("Art " + tag);
        service.create("Music " + tag);
        search(tag);
        test(view.grid).doubleClickRow(1);
        roundTrip();
        view.nameEditor.setValue("ART " + tag);
        view.editor.save();
        assertThat(view.nameEditor.isInvalid()).isTrue();
        assertThat(view.nameEditor.getErrorMessage()).isEqualTo("A subject group with this name already exists");
        assertThat(view.grid.getEditor().isOpen()).isTrue();
    }

    @Test
    void staleEditNeverOverwritesTheOtherPersonsChange() {
        SubjectGroup group = service.create("History " + tag);
        search(tag);
        test(view.grid).doubleClickRow(0);
        roundTrip();
        // Someone else renames it meanwhile.
        service.rename(group.getId(), group.getVersion(), "Ancient History " + tag);
        view.nameEditor.setValue("Modern History " + tag);
        view.editor.save();

        assertThat(lastNotification()).startsWith("This subject group was changed by someone else");
        assertThat(view.grid.getEditor().isOpen()).isFalse();
        assertThat(rows()).containsExactly("Ancient History " + tag);
    }

    @Test
    void deletesAnUnusedGroupAfterConfirmation() {
        service.create("Drama " + tag);
        search(tag);
        deleteRow(0);
        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(test(dialog).getHeader()).isEqualTo("Delete \"Drama " + tag + "\"?");
        test(dialog).confirm();
        assertThat(rows()).isEmpty();
        assertThat(lastNotification()).isEqualTo("Subject group \"Drama " + tag + "\" deleted");
    }

    @Test
    void deletingAGroupInUseSaysHowManyAndCancelKeepsEverything() {
        SubjectGroup group = service.create("Latin " + tag);
        assignStaff(group, 2);
        search(tag);
        deleteRow(0);
        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(test(dialog).getText()).startsWith("2 people belong to this subject group");
        test(dialog).cancel();
        assertThat(rows()).containsExactly("Latin " + tag);
        assertThat(service.countStaff(group.getId())).isEqualTo(2);
    }

    @Test
    void deletingAGroupInUseUnassignsItsStaffWhenConfirmed() {
        SubjectGroup group = service.create("Greek " + tag);
        List<Long> staffIds = assignStaff(group, 3);
        search(tag);
        deleteRow(0);
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(rows()).isEmpty();
        assertThat(staffIds).allSatisfy(id -> assertThat(jdbc.queryForObject(
                "SELECT subject_group_id FROM staff WHERE id = ?", Long.class, id)).isNull());
    }

    @Test
    void staffCountComesFromTheDatabase() {
        SubjectGroup group = service.create("Spanish " + tag);
        assignStaff(group, 4);
        search(tag);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("4");
    }

    @Test
    void sortsByStaffCountFromTheDatabase() {
        SubjectGroup small = service.create("Small " + tag);
        SubjectGroup large = service.create("Large " + tag);
        assignStaff(small, 1);
        assignStaff(large, 3);
        search(tag);
        var staffColumn = view.grid.getColumnByKey("staff");
        view.grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(staffColumn,
                com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        assertThat(rows()).containsExactly("Large " + tag, "Small " + tag);
        view.grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(staffColumn,
                com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        assertThat(rows()).containsExactly("Small " + tag, "Large " + tag);
    }

    private SubjectGroup createThroughDialog(String name) {
        NewSubjectGroupDialog dialog = openNewDialog();
        name(dialog).setValue(name);
        findButton().withText("Create").inside(dialog).click();
        assertThat(dialog.isOpened()).isFalse();
        return service.find(name, org.springframework.data.domain.PageRequest.of(0, 1)).getFirst();
    }

    private void search(String text) {
        findTextField().withAriaLabel("Search subject groups by name").setValue(text);
    }

    /** Picks the delete button at the end of row {@code row}, as a person would. */
    private void deleteRow(int row) {
        findButton().withAriaLabelContaining("Delete").inside(test(view.grid).getCellComponent(row, "actions")).click();
    }

    private TextFieldLocator name(NewSubjectGroupDialog dialog) {
        return findTextField().withLabel("Name").inside(dialog);
    }

    private NewSubjectGroupDialog openNewDialog() {
        findButton().withText("New subject group").click();
        return find(NewSubjectGroupDialog.class).single();
    }

    private List<String> rows() {
        GridTester<?, SubjectGroup> grid = test(view.grid);
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(i -> grid.getCellText(i, 0)).toList();
    }

    private String lastNotification() {
        List<Notification> notifications = find(Notification.class).all();
        return test(notifications.getLast()).getText();
    }

    private List<Long> assignStaff(SubjectGroup group, int count) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "member" + i + "." + group.getId() + "." + tag.toLowerCase() + "@school.example";
            jdbc.update("INSERT INTO staff (email, first_name, last_name, password_hash, role, subject_group_id) "
                    + "VALUES (?, 'Mem', 'Ber', 'x', 'STAFF', ?)", email, group.getId());
            ids.add(jdbc.queryForObject("SELECT id FROM staff WHERE email = ?", Long.class, email));
        }
        return ids;
    }
}
