package org.staffroom.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.locator.Locators;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.staffroom.SignedInAs;
import org.staffroom.TestAccounts;
import org.staffroom.security.Role;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffService;
import org.staffroom.staff.TestStaffAccounts;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;

/** An administrator ticks people, or takes all that match the filters, and acts on them at once. */
@SpringBootTest
@SignedInAs(TestAccounts.HEAD_EMAIL)
class StaffBulkBarTest extends SpringBrowserlessTest implements Locators {

    @Autowired
    TestStaffAccounts accounts;

    @Autowired
    StaffService staffService;

    @Autowired
    SubjectGroupService subjectGroups;

    private final String tag = "bb" + System.nanoTime() % 1_000_000_000;

    @Test
    void tickedPeopleAreMovedToTheChosenGroupWithTheCountInTheConfirmationAndTheResult() {
        SubjectGroup science = subjectGroups.create("Science " + tag);
        Staff first = accounts.create(tag + "a", Role.STAFF);
        Staff second = accounts.create(tag + "b", Role.STAFF);
        accounts.create(tag + "c", Role.STAFF);
        StaffGridView view = navigate(StaffGridView.class);
        findTextField().withAriaLabel("Search staff by name or e-mail").setValue(tag);
        var rows = test(view.grid);
        rows.select(0);
        rows.select(1);
        assertThat(barText()).startsWith("2 selected");

        actions("Move to subject group…");
        Dialog dialog = find(Dialog.class).all().stream().filter(d -> d.isOpened()).findFirst().orElseThrow();
        assertThat(dialog.getHeaderTitle()).isEqualTo("2 people");
        test(find(SubjectGroupPicker.class).from(dialog).single()).selectItem(science.getName());
        findButton().withText("Apply").inside(dialog).click();

        assertThat(notifications()).contains("2 people moved to " + science.getName() + ".");
        assertThat(List.of(staffService.get(first.getId()).getSubjectGroup(),
                staffService.get(second.getId()).getSubjectGroup())).containsOnly(science);
        assertThat(find(StaffBulkBar.class).all()).as("the selection is gone after the action, and the bar with it").isEmpty();
    }

    @Test
    void allMatchingTheFiltersAreDisabledLeavingOthersAlone() {
        Staff x = accounts.create(tag + "x", Role.STAFF);
        Staff y = accounts.create(tag + "y", Role.STAFF);
        Staff outside = accounts.create("outside" + tag, Role.STAFF);
        StaffGridView view = navigate(StaffGridView.class);
        findTextField().withAriaLabel("Search staff by name or e-mail").setValue(tag);
        test(view.grid).select(0);
        findButton().withText("Select all 2 matching these filters").click();
        assertThat(barText()).startsWith("All 2 matching selected");

        actions("Disable…");
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(notifications()).contains("2 people disabled.");
        assertThat(List.of(accounts.reload(x).isEnabled(), accounts.reload(y).isEnabled())).containsOnly(false);
        assertThat(accounts.reload(outside).isEnabled()).isTrue();
    }

    private String barText() {
        return find(Span.class).withClassName("staff-bulk-count").single().getText();
    }

    private void actions(String item) {
        use(find(MenuBar.class).from(find(StaffBulkBar.class).single()).single()).clickItem("Actions", item);
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
