package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.staffroom.staff.Staff;
import org.staffroom.staff.TestStaffAccounts;

/**
 * Changing one's password ends the person's other sessions, never the one that changed it,
 * even when another request of that session arrives while the change commits (seen in the
 * browser: a request 6 ms after the commit ended the session and the change's own response).
 */
@SpringBootTest
class PasswordChangeSessionTest {

    private static final String NEW_PASSWORD = "amber kettle signal 3107";

    @Autowired
    AccountStore accounts;

    @Autowired
    SessionTimes times;

    @Autowired
    SecurityLog securityLog;

    @Autowired
    SignedInAccountService signedInAccounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PasswordPolicy passwordPolicy;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    TestStaffAccounts testAccounts;

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRequestOfTheSameSessionWhileTheChangeCommitsKeepsItSignedIn() throws Exception {
        Staff person = testAccounts.create("race", Role.STAFF);
        MockHttpSession changing = signedIn(person);
        MockHttpSession elsewhere = signedIn(person);
        var filter = new SessionRevocationFilter(accounts, times, securityLog);
        AtomicBoolean requestDuringCommit = new AtomicBoolean();
        // The store commits, then another request of the changing session passes the filter.
        AccountStore store = new AccountStore() {
            @Override
            public Optional<Account> findBySignInName(String signInName) {
                return accounts.findBySignInName(signInName);
            }

            @Override
            public Optional<Account> findById(long accountId) {
                return accounts.findById(accountId);
            }

            @Override
            public int storeOwnPassword(long accountId, String passwordHash) {
                int generation = accounts.storeOwnPassword(accountId, passwordHash);
                SignedInSessions.pass(filter, changing);
                requestDuringCommit.set(true);
                return generation;
            }

            @Override
            public void endSessions(long accountId) {
                accounts.endSessions(accountId);
            }

            @Override
            public void storeUpgradedHash(long accountId, String passwordHash) {
                accounts.storeUpgradedHash(accountId, passwordHash);
            }

            @Override
            public boolean isSessionCurrent(long accountId, int sessionGeneration, String signInName, Role role) {
                return accounts.isSessionCurrent(accountId, sessionGeneration, signInName, role);
            }

            @Override
            public boolean mustChangePassword(long accountId) {
                return accounts.mustChangePassword(accountId);
            }
        };
        var service = new PasswordChangeService(store, passwordEncoder, passwordPolicy, throttle, currentUser, securityLog);

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(SignedInSessions.requestIn(changing)));
        service.changeOwnPassword(TestStaffAccounts.PASSWORD, NEW_PASSWORD);

        assertThat(requestDuringCommit).isTrue();
        assertThat(changing.isInvalid()).as("the session that changed the password").isFalse();
        SignedInSessions.pass(filter, changing);
        assertThat(changing.isInvalid()).as("its next request").isFalse();
        SignedInSessions.pass(filter, elsewhere);
        assertThat(elsewhere.isInvalid()).as("a session elsewhere ends").isTrue();
    }

    private MockHttpSession signedIn(Staff person) {
        return SignedInSessions.of((SignedInAccount) signedInAccounts.loadUserByUsername(person.getEmail()));
    }
}
