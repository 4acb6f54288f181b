package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.staffroom.staff.Staff;
import org.staffroom.staff.TestStaffAccounts;

/** "Sessions and devices": one entry per signed-in session, and ending one from another (ASVS 7.5.2). */
@SpringBootTest
class SessionsAndDevicesTest {

    @Autowired
    AccountStore accounts;

    @Autowired
    SessionTimes times;

    @Autowired
    SecurityLog securityLog;

    @Autowired
    SignedInAccountService signedInAccounts;

    @Autowired
    SignedInSessionService sessions;

    @Autowired
    TestStaffAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPageThatLoadsWithManyRequestsAtOnceIsOneSession() throws Exception {
        Staff person = testAccounts.create("parallel-load", Role.STAFF);
        MockHttpSession session = signedIn(person);
        ExecutorService browser = Executors.newFixedThreadPool(8);
        CyclicBarrier together = new CyclicBarrier(8);
        List<Future<?>> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(browser.submit(() -> {
                together.await();
                return request(session);
            }));
        }
        for (Future<?> request : requests) {
            request.get();
        }
        browser.shutdown();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signed_in_session WHERE account_id = ?", Long.class,
                person.getId())).isOne();
    }

    @Test
    void aPersonSeesTheirSessionsAndEndsAnotherOneAtItsNextRequest() {
        Staff person = testAccounts.create("two-devices", Role.STAFF);
        MockHttpSession tablet = signedIn(person);
        request(tablet);
        MockHttpSession desktop = signedIn(person);
        request(desktop);

        List<SignedInSessionService.Session> mine = withSession(desktop, sessions::mine);
        assertThat(mine).hasSize(2);
        assertThat(mine).filteredOn(SignedInSessionService.Session::current).hasSize(1);
        SignedInSessionService.Session other = mine.stream().filter(s -> !s.current()).findFirst().orElseThrow();
        withSession(desktop, () -> {
            sessions.end(other);
            return null;
        });

        MockHttpServletResponse tabletNext = request(tablet);
        assertThat(tablet.isInvalid()).isTrue();
        assertThat(tabletNext.getCookie(SignOutReason.COOKIE).getValue()).isEqualTo("ENDED");
        request(desktop);
        assertThat(desktop.isInvalid()).as("the session that ended the other goes on").isFalse();
        assertThat(withSession(desktop, sessions::mine)).hasSize(1);
    }

    // The service reads the current request's session, as it does behind Vaadin.
    private static <T> T withSession(MockHttpSession session, Supplier<T> call) {
        var request = SignedInSessions.requestIn(session);
        RequestContextHolder.setRequestAttributes(
                new ServletRequestAttributes(request));
        try {
            return call.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private MockHttpSession signedIn(Staff person) {
        return SignedInSessions.of((SignedInAccount) signedInAccounts.loadUserByUsername(person.getEmail()));
    }

    private MockHttpServletResponse request(MockHttpSession session) {
        return SignedInSessions.pass(new SessionRevocationFilter(accounts, times, securityLog), session);
    }
}
