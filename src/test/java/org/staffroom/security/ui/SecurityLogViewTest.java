package org.staffroom.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.staffroom.SignedInAs;
import org.staffroom.TestAccounts;
import org.staffroom.security.PasswordSignIn;
import org.staffroom.security.Role;
import org.staffroom.staff.Staff;
import org.staffroom.staff.TestStaffAccounts;

/** The security log for administrators: filtered by person, kind and days, from the URL. */
@SpringBootTest
class SecurityLogViewTest extends SpringBrowserlessTest {

    @Autowired
    TestStaffAccounts accounts;

    @Autowired
    PasswordSignIn passwordSignIn;

    @Test
    @SignedInAs(TestAccounts.HEAD_EMAIL)
    void anAdministratorFindsAPersonsSignInsByTheFiltersInTheAddress() {
        var admin = SecurityContextHolder.getContext().getAuthentication();
        Staff person = accounts.create("logview", Role.STAFF);
        assertThatThrownBy(() -> passwordSignIn.signIn(person.getEmail(), "one wrong guess here"));
        passwordSignIn.signIn(person.getEmail(), TestStaffAccounts.PASSWORD);
        SecurityContextHolder.getContext().setAuthentication(admin);

        String prefix = person.getEmail().substring(0, person.getEmail().indexOf('@'));
        UI.getCurrent().navigate("security-log", QueryParameters.simple(Map.of("person", prefix, "event", "sign-in",
                "from", LocalDate.now().minusDays(1).toString(), "to", LocalDate.now().toString())));
        SecurityLogView view = find(SecurityLogView.class).single();
        assertThat(view.person.getValue()).isEqualTo(prefix);
        assertThat(view.event.getValue()).isEqualTo("sign-in");
        var rows = test(view.grid);
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.getCellText(0, 1)).isEqualTo("Sign-in");
        assertThat(rows.getCellText(0, 2)).isEqualTo("success");
        assertThat(rows.getCellText(1, 2)).as("the reason, for administrators").isEqualTo("failure (bad-credentials)");
        assertThat(rows.getCellText(1, 3)).isEqualTo(person.getEmail());

        test(view.event).selectItem("Sign-out");
        assertThat(test(view.grid).size()).isZero();
        test(view.from).setValue(LocalDate.now().plusDays(1));
        test(view.event).selectItem("Sign-in");
        assertThat(test(view.grid).size()).as("nothing tomorrow").isZero();
    }
}
