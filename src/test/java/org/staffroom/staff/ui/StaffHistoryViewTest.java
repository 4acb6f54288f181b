package org.staffroom.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.locator.Locators;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.staffroom.SignedInAs;
import org.staffroom.TestAccounts;
import org.staffroom.history.HistoryEntry;
import org.staffroom.history.ui.HistoryDialog;
import org.staffroom.security.Role;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffDetails;
import org.staffroom.staff.StaffService;
import org.staffroom.staff.TestStaffAccounts;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;

/** An administrator reads who changed what about a person, and finds the people who were deleted. */
@SpringBootTest
@SignedInAs(TestAccounts.HEAD_EMAIL)
class StaffHistoryViewTest extends SpringBrowserlessTest implements Locators {

    @Autowired
    TestStaffAccounts accounts;

    @Autowired
    StaffService staffService;

    @Autowired
    SubjectGroupService subjectGroups;

    private final String tag = "h" + System.nanoTime() % 1_000_000_000;

    @Test
    void theHistoryActionShowsWhoMovedAPersonToAnotherGroupAndMadeThemAnAdministrator() {
        SubjectGroup maths = subjectGroups.create("Mathematics " + tag);
        SubjectGroup science = subjectGroups.create("Science " + tag);
        Staff patel = accounts.create("patel" + tag, Role.STAFF);
        Staff inMaths = staffService.update(patel.getId(), patel.getVersion(),
                new StaffDetails(patel.getEmail(), "Priya", "Patel", maths, Role.STAFF));
        staffService.update(inMaths.getId(), inMaths.getVersion(),
                new StaffDetails(patel.getEmail(), "Priya", "Patel", science, Role.ADMIN));

        StaffGridView view = navigate(StaffGridView.class);
        findTextField().withAriaLabel("Search staff by name or e-mail").setValue("patel" + tag);
        RowMenu.pick(view.rowActions.menu, test(view.grid).getRow(0), "History");

        HistoryDialog dialog = find(HistoryDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("History of Priya Patel");
        GridTester<?, HistoryEntry> entries = entries(dialog);
        assertThat(entries.size()).isEqualTo(3);
        assertThat(text(entries.getCellComponent(0, 1))).as("who, and from where").isEqualTo("Hana Head127.0.0.1");
        assertThat(text(entries.getCellComponent(0, 2))).isEqualTo(
                "Role: Staff member → Administrator" + "Subject group: Mathematics " + tag + " → Science " + tag);
        assertThat(text(entries.getCellComponent(1, 2))).isEqualTo("First name: Test → Priya"
                + "Last name: Person → Patel" + "Subject group: none → Mathematics " + tag);
        assertThat(text(entries.getCellComponent(2, 2))).startsWith("Created" + "E-mail: " + patel.getEmail());
    }

    @Test
    void deletedStaffListsWhoDeletedThemAndOpensTheirHistoryWithTheLastValues() {
        Staff leaver = accounts.create("leaver" + tag, Role.STAFF);
        staffService.delete(leaver.getId(), leaver.getVersion());

        navigate(StaffGridView.class);
        findButton().withText("Deleted staff").click();
        DeletedStaffDialog deleted = find(DeletedStaffDialog.class).single();
        GridTester<?, ?> people = test((Grid<?>) find(Grid.class).from(deleted).single());
        int row = IntStream.range(0, people.size()).filter(i -> people.getCellText(i, 1).equals(leaver.getEmail()))
                .findFirst().orElseThrow();
        assertThat(people.getCellText(row, 0)).isEqualTo("Test Person");
        assertThat(people.getCellText(row, 3)).isEqualTo("Hana Head");

        test((Button) people.getCellComponent(row, 4)).click();
        GridTester<?, HistoryEntry> entries = entries(find(HistoryDialog.class).single());
        assertThat(text(entries.getCellComponent(0, 2))).startsWith("Deleted, last values:E-mail: " + leaver.getEmail());
    }

    @SuppressWarnings("unchecked")
    private GridTester<?, HistoryEntry> entries(HistoryDialog dialog) {
        return test((Grid<HistoryEntry>) find(Grid.class).from(dialog).single());
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
