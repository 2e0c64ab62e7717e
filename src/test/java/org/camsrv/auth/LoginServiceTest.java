package org.camsrv.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The throttle's protocol around every password check: ask, wait, check, report. */
class LoginServiceTest {
    // Equivalent mutants PIT leaves alive here: the value of supplyAsync's "() -> name" is ignored by
    // thenCompose, and a failed check reported as null instead of NOT_CHECKED only releases the places too.

    private static final String HOME = "192.0.2.1";
    private static final String PASSWORD = "alice-password";

    @TempDir
    Path data;

    private final LoginThrottle throttle = new LoginThrottle(Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC));
    private final LoginService logins = new LoginService();
    private UserService users;
    private User alice;

    @BeforeEach
    void wire() {
        users = AuthFixtures.openUserService(data);
        alice = users.registerFirstSuperUser("alice", PASSWORD).orElseThrow();
        logins.users = users;
        logins.throttle = throttle;
    }

    private LoginService.Outcome check(String name, String password, String address) {
        return logins.checkPassword(name, password.toCharArray(), address, "page login").orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** A LoginService whose password checks end as {@code result} says. */
    private LoginService failingWith(Supplier<CompletableFuture<Optional<User>>> result) {
        LoginService service = new LoginService();
        service.throttle = throttle;
        service.users = new UserService() {
            @Override
            public CompletableFuture<Optional<User>> authenticateLater(String name, char[] password) {
                return result.get();
            }
        };
        return service;
    }

    @Test
    void theRightPasswordIsAcceptedForItsUser() {
        LoginService.Accepted accepted = assertInstanceOf(LoginService.Accepted.class, check("alice", PASSWORD, HOME));
        assertEquals(alice, accepted.user());
    }

    @Test
    void aWrongPasswordAndAnUnknownNameAreRejectedAlike() {
        assertInstanceOf(LoginService.Rejected.class, check("alice", "wrong-password", HOME));
        assertInstanceOf(LoginService.Rejected.class, check("nobody", PASSWORD, HOME));
    }

    @Test
    void wrongPasswordsCountUntilTheThrottleRefusesWithItsWait() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_NAME_AND_ADDRESS; i++) {
            assertInstanceOf(LoginService.Rejected.class, check("alice", "wrong-password", HOME));
        }

        LoginService.Throttled throttled = assertInstanceOf(LoginService.Throttled.class, check("alice", PASSWORD, HOME),
                "not even the right password is checked now");

        assertEquals(LoginThrottle.WINDOW, throttled.retryAfter());
        assertEquals("Too many failed logins. Please try again in 600 seconds.", throttled.message());
    }

    @Test
    void aSuccessfulLoginClearsTheFailuresBeforeIt() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_NAME_AND_ADDRESS - 1; i++) {
            check("alice", "wrong-password", HOME);
        }
        assertInstanceOf(LoginService.Accepted.class, check("alice", PASSWORD, HOME));

        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_NAME_AND_ADDRESS - 1; i++) {
            assertInstanceOf(LoginService.Rejected.class, check("alice", "wrong-password", HOME));
        }
        assertInstanceOf(LoginService.Accepted.class, check("alice", PASSWORD, HOME));
    }

    @Test
    void aLoginOfANameThatFailedEverywhereWaitsTheNameWideDelayFirst() {
        for (int i = 0; i < LoginThrottle.NAME_FAILURES_BEFORE_DELAY; i++) {
            check("alice", "wrong-password", "198.51.100." + i);
        }
        long started = System.nanoTime();

        assertInstanceOf(LoginService.Accepted.class, check("alice", PASSWORD, HOME));

        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue(waited >= LoginThrottle.DELAY_STEP.toMillis(), "waited only " + waited + " ms");
    }

    @Test
    void aFullHashingLineIsAnsweredAsThrottledWithItsOwnWords() {
        LoginService busy = failingWith(() -> CompletableFuture.failedFuture(new PasswordHasher.BusyException()));

        LoginService.Throttled throttled = assertInstanceOf(LoginService.Throttled.class,
                busy.checkPassword("alice", PASSWORD.toCharArray(), HOME, "API login").join());

        assertEquals(LoginService.BUSY_RETRY, throttled.retryAfter());
        assertEquals(new PasswordHasher.BusyException().getMessage(), throttled.message());
    }

    @Test
    void anotherFailureOfTheCheckIsPassedOnAndFreesTheAddressesPlace() {
        IllegalStateException broken = new IllegalStateException("database gone");
        LoginService failing = failingWith(() -> CompletableFuture.failedFuture(broken));

        for (int i = 0; i <= LoginThrottle.MAX_PENDING_PER_ADDRESS; i++) {
            CompletableFuture<LoginService.Outcome> outcome = failing.checkPassword("alice", PASSWORD.toCharArray(), HOME, "API login");
            CompletionException e = assertThrows(CompletionException.class, outcome::join, "attempt " + (i + 1));
            assertSame(broken, e.getCause());
        }
        assertInstanceOf(LoginService.Accepted.class, check("alice", PASSWORD, HOME),
                "failed checks neither count as failures nor keep waiting places");
    }

    @Test
    void aCheckedExceptionOfTheCheckIsPassedOnWrapped() {
        Exception broken = new java.io.IOException("disk gone");
        LoginService failing = failingWith(() -> CompletableFuture.failedFuture(broken));

        CompletionException e = assertThrows(CompletionException.class,
                () -> failing.checkPassword("alice", PASSWORD.toCharArray(), HOME, "API login").join());

        assertSame(broken, e.getCause());
    }

    @Test
    void throttledSecondsAreWholeAndAtLeastOne() {
        assertEquals(1, new LoginService.Throttled(Duration.ZERO, "").seconds());
        assertEquals(1, new LoginService.Throttled(Duration.ofMillis(1000), "").seconds());
        assertEquals(2, new LoginService.Throttled(Duration.ofMillis(1001), "").seconds());
        assertEquals("wait 3 s", new LoginService.Throttled(Duration.ofMillis(2500), "wait {seconds} s").message());
    }
}
