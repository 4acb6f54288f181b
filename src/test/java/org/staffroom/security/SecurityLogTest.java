package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.staffroom.staff.Staff;
import org.staffroom.staff.TestStaffAccounts;

/** Sign-in events are stored in the database, with account, address, browser and node, not only logged. */
@SpringBootTest
@Tag("persistence")
@ExtendWith(OutputCaptureExtension.class)
class SecurityLogTest {

    private static final String BROWSER = "Mozilla/5.0 (iPad; CPU OS 18_0 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";

    @Autowired
    PasswordSignIn passwordSignIn;

    @Autowired
    SecurityEventService securityEvents;

    @Autowired
    TestStaffAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecurityLogRetention retention;

    @AfterEach
    void leave() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aFailedAndThenASuccessfulSignInAreStoredWithWhereAndHowAndTheSameLines(CapturedOutput output) {
        Staff person = accounts.create("logged", Role.STAFF);
        fromTheBrowser("203.0.113.9");
        assertThatThrownBy(() -> passwordSignIn.signIn(person.getEmail(), "not the password at all"));
        passwordSignIn.signIn(person.getEmail(), TestStaffAccounts.PASSWORD);

        List<Map<String, Object>> stored = jdbc.queryForList("SELECT event, outcome, reason, sign_in_name, address, "
                + "user_agent, node FROM security_event WHERE account_id = ? ORDER BY id", person.getId());
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0)).containsEntry("event", "sign-in").containsEntry("outcome", "failure")
                .containsEntry("reason", "bad-credentials").containsEntry("sign_in_name", person.getEmail())
                .containsEntry("address", "203.0.113.9").containsEntry("user_agent", BROWSER);
        assertThat(stored.get(1)).containsEntry("outcome", "success").containsEntry("reason", null);
        assertThat((String) stored.get(1).get("node")).isNotBlank();
        assertThat(output.getAll()).contains("event=sign-in outcome=failure reason=bad-credentials user="
                + person.getEmail() + " address=203.0.113.9");

        // The person sees both, newest first, and never the reason.
        List<SecurityEventService.SignIn> mine = securityEvents.recentSignIns(10);
        assertThat(mine).extracting(SecurityEventService.SignIn::result)
                .containsExactly(SecurityEventService.Result.SIGNED_IN, SecurityEventService.Result.FAILED);
        assertThat(mine.getFirst().address()).isEqualTo("203.0.113.9");
        assertThat(mine.getFirst().userAgent()).isEqualTo(BROWSER);
    }

    @Test
    void aGuessAtAnUnknownAccountIsStoredWithoutOne() {
        String unknown = "nobody." + System.nanoTime() + "@school.example";
        fromTheBrowser("198.51.100.23");
        assertThatThrownBy(() -> passwordSignIn.signIn(unknown, "any password at all"));
        assertThat(jdbc.queryForList("SELECT account_id FROM security_event WHERE event = 'sign-in' AND "
                + "address = '198.51.100.23' AND sign_in_name = 'unknown'", Long.class)).containsOnlyNulls().hasSize(1);
    }

    @Test
    void aNightlyJobOnOneNodeForgetsEventsOlderThanTheRetention() {
        jdbc.update("INSERT INTO security_event (occurred_at, event, outcome, node, sign_in_name) VALUES "
                + "(NOW(6) - INTERVAL 400 DAY, 'sign-in', 'success', 'n1', 'old.retention@school.example'), "
                + "(NOW(6) - INTERVAL 10 DAY, 'sign-in', 'success', 'n1', 'recent.retention@school.example')");
        retention.forgetOldEvents();
        assertThat(namesLike("%.retention@school.example")).containsExactly("recent.retention@school.example");

        // Another node's run within the lock's ten minutes does nothing: the lock is in the database.
        jdbc.update("INSERT INTO security_event (occurred_at, event, outcome, node, sign_in_name) VALUES "
                + "(NOW(6) - INTERVAL 400 DAY, 'sign-in', 'success', 'n2', 'again.retention@school.example')");
        retention.forgetOldEvents();
        assertThat(namesLike("%.retention@school.example")).contains("again.retention@school.example");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = 'security-log-retention'",
                Integer.class)).isOne();
    }

    private List<String> namesLike(String pattern) {
        return jdbc.queryForList("SELECT sign_in_name FROM security_event WHERE sign_in_name LIKE ? ORDER BY id",
                String.class, pattern);
    }

    private static void fromTheBrowser(String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        request.addHeader("User-Agent", BROWSER);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
