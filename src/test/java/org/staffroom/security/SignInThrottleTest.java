package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.staffroom.security.Role;
import org.staffroom.staff.TestStaffAccounts;

/** The counters live in MariaDB, so every app node sees them; time is driven by a test clock. */
@SpringBootTest
@Tag("persistence")
class SignInThrottleTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestStaffAccounts accounts;

    private final MutableClock clock = new MutableClock();
    private SignInThrottle throttle;
    private long staffId;

    @BeforeEach
    void setUp() {
        // A throttle on the same database, as a second app node with its own clock would be.
        throttle = new SignInThrottle(jdbc, clock);
        staffId = accounts.create("throttle", Role.STAFF).getId();
    }

    @Test
    void fifthFailureWithinFifteenMinutesLocksTheAccount() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.recordAccountFailure(staffId)).isEqualTo(SignInThrottle.Outcome.COUNTED);
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(throttle.isAccountLocked(staffId)).isFalse();
        assertThat(throttle.recordAccountFailure(staffId)).isEqualTo(SignInThrottle.Outcome.LOCKED);
        assertThat(throttle.isAccountLocked(staffId)).isTrue();
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        for (int i = 0; i < 8; i++) {
            throttle.recordAccountFailure(staffId);
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(throttle.isAccountLocked(staffId)).isFalse();
    }

    @Test
    void lockGrowsOneFiveFifteenMinutes() {
        for (Duration expected : new Duration[] {Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15)}) {
            lockNow();
            clock.advance(expected.minusSeconds(5));
            assertThat(throttle.isAccountLocked(staffId)).as("still locked just before %s", expected).isTrue();
            clock.advance(Duration.ofSeconds(10));
            assertThat(throttle.isAccountLocked(staffId)).as("released after %s", expected).isFalse();
        }
    }

    @Test
    void releaseUnlocksAndResetsTheGrowth() {
        lockNow();
        throttle.release(staffId);
        assertThat(throttle.isAccountLocked(staffId)).isFalse();
        lockNow();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.isAccountLocked(staffId)).as("back to the one-minute lock").isFalse();
    }

    @Test
    void anAddressFailingAcrossManyAccountsIsBlocked() {
        String address = "192.0.2." + (System.nanoTime() % 250);
        for (int i = 1; i < SignInThrottle.ADDRESS_FAILURE_LIMIT; i++) {
            throttle.recordAddressFailure(address);
        }
        assertThat(throttle.isAddressBlocked(address)).isFalse();
        assertThat(throttle.recordAddressFailure(address)).isEqualTo(SignInThrottle.Outcome.LOCKED);
        assertThat(throttle.isAddressBlocked(address)).isTrue();
        clock.advance(SignInThrottle.ADDRESS_BLOCK.plusSeconds(1));
        assertThat(throttle.isAddressBlocked(address)).isFalse();
    }

    private void lockNow() {
        for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURE_LIMIT; i++) {
            throttle.recordAccountFailure(staffId);
        }
        assertThat(throttle.isAccountLocked(staffId)).isTrue();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-29T08:00:00Z").plusMillis(System.nanoTime() % 1000);

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
