package org.staffroom.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.locator.Locators;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.SelectLocator;
import com.vaadin.flow.component.textfield.EmailFieldLocator;
import com.vaadin.flow.component.textfield.PasswordFieldLocator;
import com.vaadin.flow.component.textfield.TextFieldLocator;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.staffroom.SignedInAs;
import org.staffroom.TestAccounts;
import org.staffroom.security.Role;
import org.staffroom.security.SignInThrottle;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffStatus;
import org.staffroom.staff.TestStaffAccounts;

@SpringBootTest
@SignedInAs(TestAccounts.HEAD_EMAIL)
class StaffGridViewTest extends SpringBrowserlessTest implements Locators {

    @Autowired
    TestStaffAccounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SignInThrottle throttle;

    private StaffGridView view;
    private String tag;

    @BeforeEach
    void open() {
        tag = "t" + System.nanoTime() % 1_000_000_000;
        view = navigate(StaffGridView.class);
    }

    @Test
    void newAccountWithAGeneratedPasswordShowsItOnceAndMustChangeIt() {
        NewStaffDialog dialog = openNewDialog();
        email(dialog).setValue("Ada." + tag + "@School.Example");
        text(dialog, "First name").setValue("Ada");
        text(dialog, "Last name").setValue("Lovelace" + tag);
        findSelect(Role.class).withLabel("Role").inside(dialog).selectItem("Staff member");
        findButton().withText("Create account").inside(dialog).click();

        assertThat(dialog.isOpened()).isFalse();
        String password = generatedPassword();
        assertThat(password).hasSize(20);
        Staff created = accounts.findByEmail("ada." + tag + "@school.example");
        assertThat(created.isMustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches(password, created.getPasswordHash())).isTrue();
        assertThat(notifications()).contains("Account for Ada Lovelace" + tag + " created");
    }

    @Test
    void typedInitialPasswordIsCheckedByThePolicyAndMustMatch() {
        NewStaffDialog dialog = openNewDialog();
        email(dialog).setValue("grace." + tag + "@school.example");
        text(dialog, "First name").setValue("Grace");
        text(dialog, "Last name").setValue("Hopper");
        findRadioButtonGroup(InitialPasswordField.Choice.class).withLabel("Initial password").inside(dialog).selectItem("Type a password");
        password(dialog, "Password").setValue("grace hopper rocks");
        password(dialog, "Repeat the password").setValue("grace hopper rocks");
        findButton().withText("Create account").inside(dialog).click();
        assertThat(password(dialog, "Password").component().getErrorMessage()).contains("name");

        password(dialog, "Password").setValue("tidal marble orchid 77");
        password(dialog, "Repeat the password").setValue("tidal marble orchid 78");
        findButton().withText("Create account").inside(dialog).click();
        assertThat(password(dialog, "Repeat the password").component().getErrorMessage()).isEqualTo("The passwords do not match.");
        assertThat(dialog.isOpened()).isTrue();

        password(dialog, "Repeat the password").setValue("tidal marble orchid 77");
        findButton().withText("Create account").inside(dialog).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(find(GeneratedPasswordDialog.class).all()).as("a typed password is not shown again").isEmpty();
        Staff created = accounts.findByEmail("grace." + tag + "@school.example");
        assertThat(passwordEncoder.matches("tidal marble orchid 77", created.getPasswordHash())).isTrue();
        assertThat(created.isMustChangePassword()).isTrue();
    }

    @Test
    void duplicateEmailInAnyCasingIsRefusedAtTheFieldAndNothingIsLost() {
        Staff existing = accounts.create("dup" + tag, Role.STAFF);
        NewStaffDialog dialog = openNewDialog();
        email(dialog).setValue(existing.getEmail().toUpperCase());
        text(dialog, "First name").setValue("Second");
        text(dialog, "Last name").setValue("Person");
        findButton().withText("Create account").inside(dialog).click();
        assertThat(email(dialog).component().isInvalid()).isTrue();
        assertThat(email(dialog).component().getErrorMessage()).isEqualTo("This e-mail is already used by another account");
        assertThat(text(dialog, "First name").component().getValue()).isEqualTo("Second");
    }

    @Test
    void emptyAndOverlongNamesAreRefusedAtTheField() {
        NewStaffDialog dialog = openNewDialog();
        email(dialog).setValue("long." + tag + "@school.example");
        text(dialog, "First name").setValue("   ");
        text(dialog, "Last name").setValue("x".repeat(61));
        findButton().withText("Create account").inside(dialog).click();
        assertThat(text(dialog, "First name").component().isInvalid()).isTrue();
        assertThat(text(dialog, "Last name").component().isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void searchFindsByNameOrEmailPrefixAndShowsNamesAsText() {
        Staff person = accounts.create("find" + tag, Role.STAFF);
        accounts.rename(person, "王小明", "<script>alert('" + tag + "')</script>");
        search("<script>alert('" + tag);
        assertThat(cell(0, 0)).isEqualTo("<script>alert('" + tag + "')</script>");
        assertThat(cell(0, 1)).isEqualTo("王小明");

        search("find" + tag);
        assertThat(rowCount()).isEqualTo(1);
        assertThat(findSpan().withClassName("staff-count").getText()).isEqualTo("1 staff member");
    }

    @Test
    void inlineEditSavesAndARaceForTheSameEmailShowsAtTheCell() {
        Staff person = accounts.create("edit" + tag, Role.STAFF);
        Staff other = accounts.create("other" + tag, Role.STAFF);
        search("edit" + tag);
        test(view.grid).doubleClickRow(0);
        roundTrip();
        view.editor.firstName.setValue("Müller-Lüdenscheidt");
        view.editor.email.setValue(other.getEmail().toUpperCase());
        view.editor.inline().save();
        assertThat(view.editor.email.getErrorMessage()).isEqualTo("This e-mail is already used by another account");
        assertThat(view.grid.getEditor().isOpen()).isTrue();

        // A browser's e-mail input drops surrounding spaces itself; the case is the server's job.
        view.editor.email.setValue("Renamed." + tag + "@School.example");
        view.editor.inline().save();
        assertThat(view.grid.getEditor().isOpen()).isFalse();
        Staff saved = accounts.reload(person);
        assertThat(saved.getFirstName()).isEqualTo("Müller-Lüdenscheidt");
        assertThat(saved.getEmail()).isEqualTo("renamed." + tag + "@school.example");
        assertThat(saved.getPasswordHash()).as("editing never touches the password").isEqualTo(person.getPasswordHash());
    }

    @Test
    void aNarrowGridShowsOnePersonColumnWhoseEditorHoldsEveryFieldAndSaves() {
        Staff person = accounts.create("narrow" + tag, Role.STAFF);
        search("narrow" + tag);
        view.grid.useNarrowLayout(true);
        assertThat(view.grid.getColumns()).filteredOn(Grid.Column::isVisible).extracting(Grid.Column::getKey)
                .containsExactly(StaffGrid.PERSON_COLUMN, "actions");

        test(view.grid).doubleClickRow(0);
        roundTrip();
        assertThat(view.editor.role.getParent()).isEqualTo(view.editor.lastName.getParent());
        assertThat(view.editor.email.getLabel()).as("stacked fields are labelled by their column").isEqualTo("E-mail");
        assertThat(view.editor.role.getLabel()).isEqualTo("Role");
        view.editor.role.setValue(Role.ADMIN);
        view.editor.lastName.setValue("Narrowson");
        view.editor.inline().save();
        assertThat(view.grid.getEditor().isOpen()).isFalse();
        assertThat(accounts.reload(person).getRole()).isEqualTo(Role.ADMIN);
        assertThat(accounts.reload(person).getLastName()).isEqualTo("Narrowson");

        view.grid.useNarrowLayout(false);
        assertThat(view.grid.getColumnByKey(StaffGrid.PERSON_COLUMN).isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey("EMAIL").getEditorComponent()).isSameAs(view.editor.email);
        assertThat(view.grid.getColumnByKey("SUBJECT_GROUP").getEditorComponent()).isSameAs(view.editor.subjectGroup);
        assertThat(view.editor.email.getLabel()).as("under their header the fields have no label").isNull();
        assertThat(view.editor.email.getAriaLabel()).hasValue("E-mail");
    }

    @Test
    void theRowEditorsFieldsAreMadeWhenARowFirstOpens() {
        accounts.create("lazy" + tag, Role.STAFF);
        search("lazy" + tag);
        // Most sessions only look at the list; the fields would stay in each of them all along.
        assertThat(view.grid.getColumns()).extracting(Grid.Column::getEditorComponent).containsOnlyNulls();
        test(view.grid).doubleClickRow(0);
        roundTrip();
        assertThat(view.grid.getEditor().isOpen()).isTrue();
        assertThat(view.grid.getColumnByKey("LAST_NAME").getEditorComponent()).isSameAs(view.editor.lastName);
        assertThat(view.grid.getColumnByKey(StaffGrid.ACTIONS_COLUMN).getEditorComponent()).isNotNull();
    }

    @Test
    void invalidInlineValueCannotBeSaved() {
        Staff person = accounts.create("blank" + tag, Role.STAFF);
        search("blank" + tag);
        test(view.grid).doubleClickRow(0);
        roundTrip();
        view.editor.lastName.setValue("");
        view.editor.inline().save();
        assertThat(view.editor.lastName.isInvalid()).isTrue();
        assertThat(view.grid.getEditor().isOpen()).isTrue();
        assertThat(accounts.reload(person).getLastName()).isEqualTo("Person");
    }

    @Test
    void staleInlineEditNeverOverwritesTheOtherChange() {
        Staff person = accounts.create("stale" + tag, Role.STAFF);
        search("stale" + tag);
        test(view.grid).doubleClickRow(0);
        roundTrip();
        accounts.rename(person, "Changed", "Elsewhere");
        view.editor.firstName.setValue("Mine");
        view.editor.inline().save();
        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("This person was changed by someone else"));
        assertThat(accounts.reload(person).getFirstName()).isEqualTo("Changed");
    }

    @Test
    void resetPasswordForcesAChangeAndEndsTheirSessions() {
        Staff person = accounts.create("reset" + tag, Role.STAFF);
        search("reset" + tag);
        rowAction(0, "Reset password…");
        findButton().withText("Reset password").inside(find(ResetPasswordDialog.class).single()).click();
        String shown = generatedPassword();
        Staff after = accounts.reload(person);
        assertThat(passwordEncoder.matches(shown, after.getPasswordHash())).isTrue();
        assertThat(after.isMustChangePassword()).isTrue();
        assertThat(after.getSessionGeneration()).isEqualTo(person.getSessionGeneration() + 1);
    }

    @Test
    void disableEndsSessionsAndEnableRestores() {
        Staff person = accounts.create("disable" + tag, Role.STAFF);
        search("disable" + tag);
        rowAction(0, "Disable");
        Staff disabled = accounts.reload(person);
        assertThat(disabled.isEnabled()).isFalse();
        assertThat(disabled.getSessionGeneration()).isEqualTo(person.getSessionGeneration() + 1);
        assertThat(cell(0, 5)).isEqualTo("Disabled");

        rowAction(0, "Enable");
        assertThat(accounts.reload(person).isEnabled()).isTrue();
    }

    @Test
    void unlockReleasesASignInLock() {
        Staff person = accounts.create("unlock" + tag, Role.STAFF);
        for (int i = 0; i < 5; i++) {
            throttle.recordAccountFailure(person.getId());
        }
        search("unlock" + tag);
        assertThat(cell(0, 5)).isEqualTo("Locked");
        rowAction(0, "Unlock");
        assertThat(throttle.isAccountLocked(person.getId())).isFalse();
        assertThat(cell(0, 5)).isEqualTo("Active");
    }

    @Test
    void deleteAsksNamingThePersonThenDeletes() {
        Staff person = accounts.create("delete" + tag, Role.STAFF);
        search("delete" + tag);
        rowAction(0, "Delete…");
        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(test(dialog).getHeader()).isEqualTo("Delete Test Person?");
        assertThat(test(dialog).getText()).contains(person.getEmail());
        test(dialog).confirm();
        assertThat(rowCount()).isZero();
        assertThat(accounts.exists(person)).isFalse();
    }

    @Test
    void anAdministratorCannotDeleteDisableOrDemoteThemselves() {
        search(TestAccounts.HEAD_EMAIL);
        rowAction(0, "Disable");
        assertThat(notifications()).contains("You cannot disable your own account.");
        rowAction(0, "Delete…");
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(notifications()).contains("You cannot delete your own account.");
        test(view.grid).doubleClickRow(0);
        roundTrip();
        view.editor.role.setValue(Role.STAFF);
        view.editor.inline().save();
        assertThat(notifications()).contains("You cannot remove your own administrator role.");
        Staff after = accounts.findByEmail(TestAccounts.HEAD_EMAIL);
        assertThat(after.isEnabled()).isTrue();
        assertThat(after.getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void filtersAreWrittenToTheUrlAndReadBack() {
        accounts.create("url" + tag, Role.ADMIN);
        UI.getCurrent().navigate("staff", QueryParameters.simple(
                Map.of("q", "url" + tag, "role", "ADMIN", "status", "ACTIVE", "group", "none")));
        view = (StaffGridView) getCurrentView();
        assertThat(searchField().component().getValue()).isEqualTo("url" + tag);
        assertThat(roleFilter().getSelected()).isEqualTo(Role.ADMIN);
        assertThat(findSelect(StaffStatus.class).withAriaLabel("Filter by status").getSelected())
                .isEqualTo(StaffStatus.ACTIVE);
        assertThat(findComboBox(StaffFilterBar.GroupChoice.class).withAriaLabel("Filter by subject group")
                .component().getValue()).isEqualTo(StaffFilterBar.NO_GROUP);
        assertThat(rowCount()).isEqualTo(1);
        roleFilter().selectItem("Staff member");
        assertThat(rowCount()).isZero();
    }

    private void search(String text) {
        searchField().setValue(text);
    }

    private TextFieldLocator searchField() {
        return findTextField().withAriaLabel("Search staff by name or e-mail");
    }

    private SelectLocator<Role> roleFilter() {
        return findSelect(Role.class).withAriaLabel("Filter by role");
    }

    /** Picks {@code item} in the actions menu at the end of row {@code row}, as a person would. */
    private void rowAction(int row, String item) {
        RowMenu.pick(view.rowActions.menu, test(view.grid).getRow(row), item);
    }

    private EmailFieldLocator email(NewStaffDialog dialog) {
        return findEmailField().withLabel("E-mail").inside(dialog);
    }

    private TextFieldLocator text(NewStaffDialog dialog, String label) {
        return findTextField().withLabel(label).inside(dialog);
    }

    private PasswordFieldLocator password(NewStaffDialog dialog, String label) {
        return findPasswordField().withLabel(label).inside(dialog);
    }

    /** The password in the dialog that shows a generated one once. */
    private String generatedPassword() {
        return findTextField().withLabel("Generated password").inside(find(GeneratedPasswordDialog.class).single())
                .component().getValue();
    }

    private NewStaffDialog openNewDialog() {
        findButton().withText("New staff member").click();
        return find(NewStaffDialog.class).single();
    }

    private int rowCount() {
        return test(view.grid).size();
    }

    private String cell(int row, int column) {
        return test(view.grid).getCellText(row, column);
    }

    private Staff rowItem(int row) {
        GridTester<?, Staff> grid = test(view.grid);
        return grid.getRow(row);
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
