package org.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.staffroom.HostileInput;
import org.staffroom.security.Role;
import org.staffroom.staff.Staff;
import org.staffroom.staff.TestStaffAccounts;

/**
 * Every refusal looks and costs the same: one generic exception after exactly one
 * password-hash comparison, whether the e-mail is unknown, the password wrong, or the
 * account locked or disabled. And each attempt leaves one audit line without the password.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class PasswordAuthenticationProviderTest {

    @Autowired
    SignedInAccountService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AccountStore accountStore;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    TestStaffAccounts accounts;

    @Autowired
    SecondFactorPolicy secondFactors;

    @Autowired
    SecurityLog securityLog;

    private final AtomicInteger hashComparisons = new AtomicInteger();
    private PasswordAuthenticationProvider provider;

    @BeforeEach
    void countHashComparisons() {
        provider = new PasswordAuthenticationProvider(userDetailsService, counting(hashComparisons, hash -> true),
                accountStore, throttle, secondFactors, securityLog);
    }

    @Test
    void unknownEmailWrongPasswordLockedAndDisabledAllLookAlike(CapturedOutput output) {
        Staff locked = accounts.create("locked", Role.STAFF);
        for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURE_LIMIT; i++) {
            throttle.recordAccountFailure(locked.getId());
        }
        Staff disabled = accounts.create("disabled", Role.STAFF);
        accounts.setEnabled(disabled, false);
        Staff person = accounts.create("wrongpw", Role.STAFF);

        assertRefusedAfterOneComparison("nobody-" + System.nanoTime() + "@school.example", TestStaffAccounts.PASSWORD);
        assertRefusedAfterOneComparison(person.getEmail(), "Not-the-password-4711");
        assertRefusedAfterOneComparison(locked.getEmail(), TestStaffAccounts.PASSWORD);
        assertRefusedAfterOneComparison(disabled.getEmail(), TestStaffAccounts.PASSWORD);

        assertThat(output.getAll())
                .contains("event=sign-in outcome=failure reason=bad-credentials user=unknown address=198.51.100.7")
                .contains("reason=bad-credentials user=" + person.getEmail())
                .contains("reason=account-locked user=" + locked.getEmail())
                .contains("reason=disabled user=" + disabled.getEmail())
                .doesNotContain("Not-the-password-4711")
                .doesNotContain(TestStaffAccounts.PASSWORD);
    }

    @Test
    void successReleasesTheAccountsFailuresAndIsAudited(CapturedOutput output) {
        Staff person = accounts.create("success", Role.STAFF);
        throttle.recordAccountFailure(person.getId());
        var result = provider.authenticate(token(person.getEmail(), TestStaffAccounts.PASSWORD));
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(output.getAll()).contains("event=sign-in outcome=success user=" + person.getEmail());
        for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURE_LIMIT - 1; i++) {
            throttle.recordAccountFailure(person.getId());
        }
        assertThat(throttle.isAccountLocked(person.getId())).as("the earlier failure was forgotten").isFalse();
    }

    @Test
    void twentyParallelWrongGuessesGetAtMostFiveComparedThenTheLock() throws Exception {
        Staff person = accounts.create("parallel", Role.STAFF);
        AtomicInteger comparedWithTheirHash = new AtomicInteger();
        var parallel = new PasswordAuthenticationProvider(userDetailsService,
                counting(comparedWithTheirHash, person.getPasswordHash()::equals), accountStore, throttle, secondFactors,
                securityLog);
        ExecutorService guessers = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> guesses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String guess = "parallel wrong guess " + i;
            guesses.add(guessers.submit(() -> {
                start.await();
                assertThatThrownBy(() -> parallel.authenticate(token(person.getEmail(), guess, "198.51.100.41")))
                        .isInstanceOf(BadCredentialsException.class);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> guess : guesses) {
            guess.get(60, TimeUnit.SECONDS);
        }
        guessers.shutdown();

        assertThat(comparedWithTheirHash.get()).as("guesses compared with the account's hash")
                .isBetween(1, SignInThrottle.ACCOUNT_FAILURE_LIMIT);
        assertThat(throttle.isAccountLocked(person.getId())).isTrue();
        assertThatThrownBy(() -> parallel.authenticate(token(person.getEmail(), TestStaffAccounts.PASSWORD,
                "198.51.100.41"))).as("even the right password, while locked").isInstanceOf(BadCredentialsException.class);
    }

    /** The real encoder, counting the comparisons with the stored hashes that {@code counted} picks. */
    private PasswordEncoder counting(AtomicInteger comparisons, Predicate<String> counted) {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return passwordEncoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                if (counted.test(encoded)) {
                    comparisons.incrementAndGet();
                }
                return passwordEncoder.matches(raw, encoded);
            }
        };
    }

    private void assertRefusedAfterOneComparison(String email, String password) {
        hashComparisons.set(0);
        assertThatThrownBy(() -> provider.authenticate(token(email, password)))
                .isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials");
        assertThat(hashComparisons).as(email).hasValue(1);
    }

    // From an address of its own: 87 failures block it, and no other test signs in from there.
    @Test
    void anyStringAsNameAndPasswordIsRefusedWithTheSameMessageAndForgesNoAuditLine(CapturedOutput output) {
        for (String value : HostileInput.corpus()) {
            assertThatThrownBy(() -> provider.authenticate(token(value, value, "203.0.113.77")))
                    .as(HostileInput.describe(value))
                    .isInstanceOf(BadCredentialsException.class)
                    .hasMessage("Bad credentials");
        }
        assertThat(output.getOut().lines().filter(line -> line.contains("address=203.0.113.77")))
                .allMatch(line -> line.contains("org.staffroom.audit") && line.contains("event="));
    }

    private static UsernamePasswordAuthenticationToken token(String email, String password) {
        return token(email, password, "198.51.100.7");
    }

    private static UsernamePasswordAuthenticationToken token(String email, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
