package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.staffroom.staff.Staff;
import org.staffroom.staff.StaffDetails;
import org.staffroom.staff.StaffFilter;
import org.staffroom.staff.StaffService;
import org.staffroom.staff.StaffSort;
import org.staffroom.staff.TestStaffAccounts;

/**
 * A change of role or e-mail ends the person's open sessions at their next request, on any
 * node (the filter reads the database), and the ended session's service calls are refused.
 */
@SpringBootTest
class AccountChangeSessionTest {

    @Autowired
    AccountStore accounts;

    @Autowired
    SessionTimes times;

    @Autowired
    SecurityLog securityLog;

    @Autowired
    SignedInAccountService signedInAccounts;

    @Autowired
    StaffService staffService;

    @Autowired
    TestStaffAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDemotedAdministratorIsSignedOutToldWhyAndCanCallNothing() {
        Staff admin = testAccounts.create("demoted", Role.ADMIN);
        MockHttpSession session = signedIn(admin);
        change(admin, details -> new StaffDetails(details.email(), details.firstName(), details.lastName(),
                details.subjectGroup(), Role.STAFF));

        MockHttpServletResponse response = request(session);
        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getCookie(SignOutReason.COOKIE).getValue()).isEqualTo("ACCOUNT_CHANGED");
        assertThat(response.getCookie(SignOutReason.COOKIE).isHttpOnly()).isTrue();
        assertThat(sessionClocks(admin)).as("its clock is forgotten too").isZero();
        // What a forged call from the old page would reach: no authentication any more.
        assertThatThrownBy(() -> staffService.find(StaffFilter.NONE, StaffSort.LAST_NAME, true, 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aNewEmailEndsTheSessionsOfTheOldOne() {
        Staff person = testAccounts.create("renamed", Role.STAFF);
        MockHttpSession session = signedIn(person);
        change(person, details -> new StaffDetails("new." + person.getEmail(), details.firstName(),
                details.lastName(), details.subjectGroup(), details.role()));
        request(session);
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void anotherNameKeepsTheSessionSignedIn() {
        Staff person = testAccounts.create("kept", Role.STAFF);
        MockHttpSession session = signedIn(person);
        change(person, details -> new StaffDetails(details.email(), "Renamed", details.lastName(),
                details.subjectGroup(), details.role()));
        MockHttpServletResponse response = request(session);
        assertThat(session.isInvalid()).isFalse();
        assertThat(response.getCookie(SignOutReason.COOKIE)).isNull();
        assertThat(sessionClocks(person)).as("its clock runs in the database").isOne();
    }

    private long sessionClocks(Staff person) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM signed_in_session WHERE account_id = ?", Long.class,
                person.getId());
    }

    private void change(Staff person, UnaryOperator<StaffDetails> change) {
        SystemAccount.runAsAdministrator(() -> {
            Staff current = staffService.get(person.getId());
            staffService.update(current.getId(), current.getVersion(), change.apply(StaffDetails.of(current)));
        });
    }

    private MockHttpSession signedIn(Staff person) {
        return SignedInSessions.of((SignedInAccount) signedInAccounts.loadUserByUsername(person.getEmail()));
    }

    private MockHttpServletResponse request(MockHttpSession session) {
        return SignedInSessions.pass(new SessionRevocationFilter(accounts, times, securityLog), session);
    }
}
