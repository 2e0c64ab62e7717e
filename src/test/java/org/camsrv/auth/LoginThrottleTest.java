package org.camsrv.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-28T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void aFewFailuresAreAllowedThenTheUserWaits() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER; i++) {
            assertEquals(Optional.empty(), throttle.waitBeforeTrying("owner", "10.0.0.1"));
            throttle.recordFailure("owner", "10.0.0.1");
        }
        Optional<Duration> wait = throttle.waitBeforeTrying("owner", "10.0.0.2");
        assertEquals(Optional.of(LoginThrottle.WINDOW), wait, "the name is blocked from any address");
        assertEquals(Optional.empty(), throttle.waitBeforeTrying("guest", "10.0.0.1"), "others at the address may try");
    }

    @Test
    void theWaitEndsWhenTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER; i++) {
            throttle.recordFailure("Owner", "10.0.0.1");
            now = now.plusSeconds(10);
        }
        assertTrue(throttle.waitBeforeTrying("owner", "10.0.0.1").isPresent(), "names count regardless of case");
        now = now.plus(LoginThrottle.WINDOW).minusSeconds(45);
        assertTrue(throttle.waitBeforeTrying("owner", "10.0.0.1").isEmpty());
    }

    @Test
    void anAddressTryingManyNamesIsBlocked() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.recordFailure("name" + i, "10.0.0.9");
        }
        assertTrue(throttle.waitBeforeTrying("someone-new", "10.0.0.9").isPresent());
        assertTrue(throttle.waitBeforeTrying("someone-new", "10.0.0.8").isEmpty());
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER - 1; i++) {
            throttle.recordFailure("owner", "10.0.0.1");
        }
        throttle.recordSuccess("owner", "10.0.0.1");
        throttle.recordFailure("owner", "10.0.0.1");
        assertTrue(throttle.waitBeforeTrying("owner", "10.0.0.1").isEmpty());
    }
}
