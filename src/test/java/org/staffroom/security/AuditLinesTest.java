package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.staffroom.SignedInAs;
import org.staffroom.TestAccounts;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffDetails;
import org.staffroom.staff.StaffService;
import org.staffroom.staff.TestStaffAccounts;
import org.staffroom.subjectgroup.SubjectGroup;
import org.staffroom.subjectgroup.SubjectGroupService;

/** Every security-relevant change leaves an audit line saying what, to whom and by whom. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class AuditLinesTest extends SpringBrowserlessTest {

    @Autowired
    StaffService staffService;

    @Autowired
    SubjectGroupService subjectGroupService;

    @Autowired
    TestStaffAccounts accounts;

    @Test
    @SignedInAs(TestAccounts.HEAD_EMAIL)
    void roleEmailEnableDisableAndDeleteAreAudited(CapturedOutput output) {
        Staff person = accounts.create("audited", Role.STAFF);
        Staff changed = staffService.update(person.getId(), person.getVersion(), new StaffDetails(
                "moved." + person.getEmail(), "Test", "Person", null, Role.ADMIN));
        String email = changed.getEmail();
        Staff disabled = staffService.setEnabled(changed.getId(), changed.getVersion(), false);
        Staff enabled = staffService.setEnabled(disabled.getId(), disabled.getVersion(), true);
        staffService.delete(enabled.getId(), enabled.getVersion());

        String by = " by=" + TestAccounts.HEAD_EMAIL;
        assertThat(output.getAll())
                .contains("event=account-email-change outcome=success user=" + email + " from=" + person.getEmail() + by)
                .contains("event=account-role-change outcome=success user=" + email + " from=STAFF to=ADMIN" + by)
                .contains("event=account-disable outcome=success user=" + email + by)
                .contains("event=account-enable outcome=success user=" + email + by)
                .contains("event=account-delete outcome=success user=" + email + " role=ADMIN" + by)
                .doesNotContain(TestStaffAccounts.PASSWORD).doesNotContain(person.getPasswordHash());
    }

    @Test
    @SignedInAs(TestAccounts.HEAD_EMAIL)
    void subjectGroupChangesAreAuditedByIdNotByWhatWasTyped(CapturedOutput output) {
        // A line break is refused in names now; what is left to try is text that looks like a line.
        SubjectGroup group = subjectGroupService.create("Audit event=forged " + System.nanoTime());
        SubjectGroup renamed = subjectGroupService.rename(group.getId(), group.getVersion(), "Audited " + System.nanoTime());
        subjectGroupService.delete(renamed.getId(), renamed.getVersion(), false);

        String by = " by=" + TestAccounts.HEAD_EMAIL;
        assertThat(output.getAll())
                .contains("event=subject-group-create outcome=success group=" + group.getId() + by)
                .contains("event=subject-group-rename outcome=success group=" + group.getId() + by)
                .contains("event=subject-group-delete outcome=success group=" + group.getId() + " unassigned=0" + by)
                .doesNotContain("event=forged");
    }

    @Test
    @SignedInAs(TestAccounts.TEACHER_EMAIL)
    void aRefusedPageIsAudited(CapturedOutput output) {
        UI.getCurrent().navigate("staff");
        assertThat(output.getAll())
                .contains("event=access-refused outcome=denied user=" + TestAccounts.TEACHER_EMAIL + " path=staff");
    }
}
