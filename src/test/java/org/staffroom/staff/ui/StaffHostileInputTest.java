package org.staffroom.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.locator.Locators;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.staffroom.SignedInAs;
import org.staffroom.HostileInput;
import org.staffroom.TestAccounts;
import org.staffroom.base.domain.AbstractEntity;
import org.staffroom.security.Role;
import org.staffroom.staff.Staff;
import org.staffroom.staff.TestStaffAccounts;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;

/**
 * Every corpus string through every field of the staff view and every URL parameter: each
 * is stored as accepted (trimmed, NFC, e-mails in lower case) or refused at its field with
 * a message, and nothing reaches the error handler.
 */
@SpringBootTest
@SignedInAs(TestAccounts.HEAD_EMAIL)
@ExtendWith(OutputCaptureExtension.class)
class StaffHostileInputTest extends SpringBrowserlessTest implements Locators {

    private static final List<String> CORPUS = HostileInput.corpus();

    @Autowired
    TestStaffAccounts accounts;

    @Autowired
    SubjectGroupService subjectGroups;

    @Test
    void theInlineEditorStoresWhatItAcceptsAndRefusesTheRestAtTheField(CapturedOutput output) {
        SubjectGroup group = subjectGroups.create("Hostile " + System.nanoTime());
        Staff person = accounts.assignTo(accounts.create("hostile", Role.STAFF), group);
        int accepted = 0;
        int refused = 0;
        for (String value : CORPUS) {
            for (String field : List.of("email", "firstName", "lastName")) {
                StaffGridView view = open(Map.of(StaffFilterCodec.GROUP, String.valueOf(group.getId())));
                test(view.grid).doubleClickRow(0);
                roundTrip();
                var input = switch (field) {
                    case "email" -> view.editor.email;
                    case "firstName" -> view.editor.firstName;
                    default -> view.editor.lastName;
                };
                input.setValue(value);
                view.editor.inline().save();
                if (view.grid.getEditor().isOpen()) {
                    HostileInput.assertRefusedAtTheField(input, value);
                    refused++;
                } else {
                    assertThat(stored(accounts.reload(person), field)).as(HostileInput.describe(value))
                            .isEqualTo(expected(value, field));
                    accepted++;
                }
            }
        }
        assertThat(accepted + refused).isEqualTo(CORPUS.size() * 3);
        assertThat(refused).as("control characters, blanks, overlong values and bad e-mails").isGreaterThan(30);
        assertThat(output.getOut()).doesNotContain("Unexpected error");
    }

    @Test
    void theNewStaffDialogStoresWhatItAcceptsAndRefusesTheRestAtTheField(CapturedOutput output) {
        StaffGridView view = navigate(StaffGridView.class);
        int index = 0;
        for (String value : CORPUS) {
            for (String label : List.of("E-mail", "First name", "Last name")) {
                String email = "new" + index++ + "." + System.nanoTime() + "@school.example";
                findButton().withText("New staff member").click();
                NewStaffDialog dialog = find(NewStaffDialog.class).single();
                findEmailField().withLabel("E-mail").inside(dialog).setValue(label.equals("E-mail") ? value : email);
                findTextField().withLabel("First name").inside(dialog).setValue(label.equals("First name") ? value : "Hostile");
                findTextField().withLabel("Last name").inside(dialog).setValue(label.equals("Last name") ? value : "Input");
                findSelect(Role.class).withLabel("Role").inside(dialog).selectItem("Staff member");
                findButton().withText("Create account").inside(dialog).click();
                if (dialog.isOpened()) {
                    var field = label.equals("E-mail") ? findEmailField().withLabel(label).inside(dialog).component()
                            : findTextField().withLabel(label).inside(dialog).component();
                    HostileInput.assertRefusedAtTheField(field, value);
                    dialog.close();
                } else {
                    findButton().withText("Done").click();
                    Staff created = accounts.findByEmail(label.equals("E-mail") ? expected(value, "email") : email);
                    String field = switch (label) {
                        case "E-mail" -> "email";
                        case "First name" -> "firstName";
                        default -> "lastName";
                    };
                    assertThat(stored(created, field)).as(HostileInput.describe(value)).isEqualTo(expected(value, field));
                }
            }
        }
        assertThat(view.isAttached()).isTrue();
        assertThat(output.getOut()).doesNotContain("Unexpected error");
    }

    @Test
    void searchesAndEveryUrlParameterTakeAnyStringWithoutAnError(CapturedOutput output) {
        for (String value : CORPUS) {
            StaffGridView view = navigate(StaffGridView.class);
            findTextField().withAriaLabel("Search staff by name or e-mail").setValue(value);
            assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(0);
            for (String parameter : List.of(StaffFilterCodec.SEARCH, StaffFilterCodec.GROUP, StaffFilterCodec.ROLE,
                    StaffFilterCodec.STATUS, "unknown")) {
                StaffGridView opened = open(Map.of(parameter, value));
                assertThat(test(opened.grid).size()).as(parameter + "=" + HostileInput.describe(value))
                        .isGreaterThanOrEqualTo(0);
            }
            StaffGridView repeated = open(new QueryParameters(Map.of(
                    StaffFilterCodec.SEARCH, List.of(value, "x"), StaffFilterCodec.ROLE, List.of("ADMIN", value))));
            assertThat(test(repeated.grid).size()).isGreaterThanOrEqualTo(0);
        }
        assertThat(output.getOut()).doesNotContain("Unexpected error");
    }

    private StaffGridView open(Map<String, String> parameters) {
        return open(QueryParameters.simple(parameters));
    }

    private StaffGridView open(QueryParameters parameters) {
        UI.getCurrent().navigate(StaffGridView.class, parameters);
        return find(StaffGridView.class).single();
    }

    private static String expected(String value, String field) {
        String normalized = AbstractEntity.normalized(value);
        return field.equals("email") ? normalized.toLowerCase(Locale.ROOT) : normalized;
    }

    private static String stored(Staff staff, String field) {
        Map<String, Function<Staff, String>> getters = Map.of("email", Staff::getEmail, "firstName",
                Staff::getFirstName, "lastName", Staff::getLastName);
        return getters.get(field).apply(staff);
    }
}
