package org.staffroom.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.staffroom.security.PasswordSignIn;
import org.staffroom.security.Role;
import org.staffroom.staff.Staff;
import org.staffroom.staff.TestStaffAccounts;

/** The home page shows a person their own recent sign-ins, refused ones too, so they notice one that was not them. */
@SpringBootTest
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    TestStaffAccounts accounts;

    @Autowired
    PasswordSignIn passwordSignIn;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void yourRecentSignInsNewestFirst() {
        Staff person = accounts.create("home", Role.STAFF);
        Staff someoneElse = accounts.create("elsewhere", Role.STAFF);
        passwordSignIn.signIn(someoneElse.getEmail(), TestStaffAccounts.PASSWORD);
        assertThatThrownBy(() -> passwordSignIn.signIn(person.getEmail(), "a wrong guess at it"));
        passwordSignIn.signIn(person.getEmail(), TestStaffAccounts.PASSWORD);

        navigate(HomeView.class);
        var signIns = test(find(Grid.class).single());
        assertThat(signIns.size()).as("only this person's").isEqualTo(2);
        assertThat(signIns.getCellText(0, 1)).isEqualTo("Signed in with password");
        assertThat(signIns.getCellText(1, 1)).isEqualTo("Sign-in refused");
    }
}
