package org.camsrv.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    // Equivalent mutants PIT leaves alive here: boundaries where both sides give the same answer (zero
    // steps are zero delay; a delay equal to MAX_DELAY; a waiting count of 0 left in the map reads as
    // none; two equal waits), and dropOld in add(), since every reader drops old failures first.

    private static final String OWNER_HOME = "192.168.1.20";
    private static final String STRANGER = "203.0.113.9";

    private Instant now = Instant.parse("2026-11-28T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private LoginThrottle.Decision fail(String name, String address) {
        LoginThrottle.Decision decision = throttle.begin(name, address);
        if (decision instanceof LoginThrottle.Allowed) {
            throttle.finish(name, address, LoginThrottle.Result.FAILED);
        }
        return decision;
    }

    private void failTimes(int times, String name, String address) {
        for (int i = 0; i < times; i++) {
            assertInstanceOf(LoginThrottle.Allowed.class, fail(name, address), "attempt " + (i + 1));
        }
    }

    @Test
    void aFewFailuresFromOneAddressThenThatAddressWaitsForThatName() {
        failTimes(LoginThrottle.MAX_FAILURES_PER_NAME_AND_ADDRESS, "owner", STRANGER);
        LoginThrottle.Decision next = throttle.begin("owner", STRANGER);
        assertEquals(new LoginThrottle.Refused(LoginThrottle.WINDOW), next);
        assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin("guest", STRANGER), "other names at the address may try");
    }

    @Test
    void aStrangerCannotLockTheOwnerOut() {
        failTimes(LoginThrottle.MAX_FAILURES_PER_NAME_AND_ADDRESS, "owner", STRANGER);
        failTimes(LoginThrottle.MAX_FAILURES_PER_NAME_AND_ADDRESS, "owner", "203.0.113.10");
        failTimes(LoginThrottle.MAX_FAILURES_PER_NAME_AND_ADDRESS, "owner", "203.0.113.11");
        LoginThrottle.Decision fromHome = throttle.begin("owner", OWNER_HOME);
        LoginThrottle.Allowed allowed = assertInstanceOf(LoginThrottle.Allowed.class, fromHome,
                "the owner's own address has not failed: never refused");
        assertTrue(allowed.delay().compareTo(LoginThrottle.MAX_DELAY) <= 0, "at most a short delay: " + allowed.delay());
        assertTrue(allowed.delay().compareTo(Duration.ZERO) > 0, "15 failures name-wide slow every attempt a little");
    }

    @Test
    void nameWideFailuresOnlyDelayAndTheDelayIsCapped() {
        for (int i = 0; i < 40; i++) {
            assertInstanceOf(LoginThrottle.Allowed.class, fail("owner", "198.51.100." + i));
        }
        LoginThrottle.Allowed allowed = assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin("owner", OWNER_HOME));
        assertEquals(LoginThrottle.MAX_DELAY, allowed.delay());
    }

    @Test
    void noDelayBeforeTheNameWideThreshold() {
        for (int i = 0; i < LoginThrottle.NAME_FAILURES_BEFORE_DELAY - 1; i++) {
            fail("owner", "198.51.100." + i);
        }
        LoginThrottle.Allowed allowed = assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin("owner", OWNER_HOME));
        assertEquals(Duration.ZERO, allowed.delay());
    }

    @Test
    void theWaitEndsWhenTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_NAME_AND_ADDRESS; i++) {
            fail("Owner", STRANGER);
            now = now.plusSeconds(10);
        }
        assertInstanceOf(LoginThrottle.Refused.class, throttle.begin("owner", STRANGER), "names count regardless of case");
        now = now.plus(LoginThrottle.WINDOW).minusSeconds(45);
        assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin("owner", STRANGER));
    }

    @Test
    void anAddressTryingManyNamesIsBlocked() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            assertInstanceOf(LoginThrottle.Allowed.class, fail("name" + i, STRANGER));
        }
        assertInstanceOf(LoginThrottle.Refused.class, throttle.begin("someone-new", STRANGER));
        assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin("someone-new", OWNER_HOME));
    }

    @Test
    void aSuccessfulLoginResetsTheCountOfThatNameAtThatAddress() {
        failTimes(LoginThrottle.MAX_FAILURES_PER_NAME_AND_ADDRESS - 1, "owner", OWNER_HOME);
        throttle.begin("owner", OWNER_HOME);
        throttle.finish("owner", OWNER_HOME, LoginThrottle.Result.SUCCEEDED);
        failTimes(LoginThrottle.MAX_FAILURES_PER_NAME_AND_ADDRESS - 1, "owner", OWNER_HOME);
        assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin("owner", OWNER_HOME));
    }

    @Test
    void loginsWaitingForTheHashCountAgainstTheirAddress() {
        // A burst sent at once: none has failed yet, but no more than the address's share may wait.
        for (int i = 0; i < LoginThrottle.MAX_PENDING_PER_ADDRESS; i++) {
            assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin("name" + i, STRANGER));
        }
        LoginThrottle.Refused refused = assertInstanceOf(LoginThrottle.Refused.class, throttle.begin("another", STRANGER));
        assertEquals(LoginThrottle.PENDING_RETRY, refused.retryAfter());
        assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin("owner", OWNER_HOME), "other addresses still get in line");
        throttle.finish("name0", STRANGER, LoginThrottle.Result.NOT_CHECKED);
        assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin("another", STRANGER), "a finished one frees its place");
    }

    @Test
    void waitingLoginsCountTowardsThePairLimit() {
        failTimes(LoginThrottle.MAX_FAILURES_PER_NAME_AND_ADDRESS - 1, "owner", STRANGER);
        assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin("owner", STRANGER));
        LoginThrottle.Refused refused = assertInstanceOf(LoginThrottle.Refused.class, throttle.begin("owner", STRANGER),
                "the fifth guess is still being hashed: a sixth may not join it");
        assertEquals(LoginThrottle.PENDING_RETRY, refused.retryAfter());
    }

    @Test
    void aLoginThatWasNotCheckedCountsAsNoFailure() {
        for (int i = 0; i < 10; i++) {
            throttle.begin("owner", STRANGER);
            throttle.finish("owner", STRANGER, LoginThrottle.Result.NOT_CHECKED);
        }
        assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin("owner", STRANGER));
    }

    @Test
    void aNameThatNeverFailedIsAllowedWithoutDelay() {
        assertEquals(new LoginThrottle.Allowed(Duration.ZERO), throttle.begin("owner", OWNER_HOME));
    }

    @Test
    void theNameWideDelayGrowsByOneStepFromTheThresholdOn() {
        for (int i = 0; i < LoginThrottle.NAME_FAILURES_BEFORE_DELAY; i++) {
            fail("owner", "198.51.100." + i);
        }
        assertEquals(new LoginThrottle.Allowed(LoginThrottle.DELAY_STEP), throttle.begin("owner", OWNER_HOME));
        throttle.finish("owner", OWNER_HOME, LoginThrottle.Result.NOT_CHECKED);
        fail("owner", "198.51.100.200");
        assertEquals(new LoginThrottle.Allowed(LoginThrottle.DELAY_STEP.multipliedBy(2)), throttle.begin("owner", OWNER_HOME));
    }

    @Test
    void theNameWideDelayEndsWhenItsFailuresLeaveTheWindow() {
        for (int i = 0; i < 15; i++) {
            fail("owner", "198.51.100." + i);
        }
        now = now.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertEquals(new LoginThrottle.Allowed(Duration.ZERO), throttle.begin("owner", OWNER_HOME));
    }

    @Test
    void failuresOfOtherNamesDoNotDelayAName() {
        for (int i = 0; i < 15; i++) {
            fail("name" + i, "198.51.100." + i);
        }
        assertEquals(new LoginThrottle.Allowed(Duration.ZERO), throttle.begin("owner", OWNER_HOME));
    }

    @Test
    void aFinishedLoginFreesExactlyOnePlace() {
        for (int i = 0; i < LoginThrottle.MAX_PENDING_PER_ADDRESS; i++) {
            throttle.begin("name" + i, STRANGER);
        }
        throttle.finish("name0", STRANGER, LoginThrottle.Result.NOT_CHECKED);
        assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin("another", STRANGER));
        assertInstanceOf(LoginThrottle.Refused.class, throttle.begin("yet-another", STRANGER), "the others still wait");
    }

    @Test
    void whenPairAndAddressMustBothWaitTheLongerWaitIsGiven() {
        // The address's failures started a minute before the pair's, so the pair waits a minute longer.
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS - LoginThrottle.MAX_FAILURES_PER_NAME_AND_ADDRESS; i++) {
            fail("name" + i, STRANGER);
        }
        now = now.plusSeconds(60);
        failTimes(LoginThrottle.MAX_FAILURES_PER_NAME_AND_ADDRESS, "owner", STRANGER);
        assertEquals(new LoginThrottle.Refused(LoginThrottle.WINDOW), throttle.begin("owner", STRANGER));
        assertEquals(new LoginThrottle.Refused(LoginThrottle.WINDOW.minusSeconds(60)), throttle.begin("guest", STRANGER));
    }

    /**
     * Fails {@code pairs} logins, each with a name and an address of its own: three tracked keys each
     * (pair, address, name).
     */
    private void failDistinct(int pairs) {
        for (int i = 0; i < pairs; i++) {
            fail("n" + i, "a" + i);
        }
    }

    @Test
    void atTheMemoryBoundFurtherFailuresAreNotTracked() {
        failTimes(LoginThrottle.MAX_FAILURES_PER_NAME_AND_ADDRESS - 1, "owner", STRANGER);
        failDistinct((LoginThrottle.MAX_TRACKED - 3) / 3);
        fail("n0", "a1"); // one key more (the pair): exactly MAX_TRACKED now
        failTimes(LoginThrottle.MAX_FAILURES_PER_NAME_AND_ADDRESS, "owner", STRANGER);
        assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin("owner", STRANGER),
                "failures after the bound are not tracked, and none of the four before is forgotten early");
    }

    @Test
    void atTheMemoryBoundExpiredFailuresMakeRoom() {
        failDistinct(LoginThrottle.MAX_TRACKED / 3);
        fail("n0", "a1"); // exactly MAX_TRACKED keys
        now = now.plus(LoginThrottle.WINDOW).plusSeconds(1);
        failTimes(LoginThrottle.MAX_FAILURES_PER_NAME_AND_ADDRESS, "owner", STRANGER);
        assertInstanceOf(LoginThrottle.Refused.class, throttle.begin("owner", STRANGER));
    }

    @Test
    void aTableFullOfMadeUpNamesStillCountsTheAddress() {
        for (int i = 0; i < LoginThrottle.MAX_TRACKED / 2; i++) {
            fail("made-up-" + i, "198.51." + (i / 250) + "." + (i % 250)); // three keys each: the table fills
        }
        failTimes(LoginThrottle.MAX_FAILURES_PER_ADDRESS, "owner", STRANGER);
        assertInstanceOf(LoginThrottle.Refused.class, throttle.begin("owner", STRANGER),
                "a full table does not open the door to one address guessing");
    }

    @Test
    void anIpv6NetworkCountsAsOneSource() {
        assertEquals("2001:0db8:0001:0002::/64", LoginThrottle.source("2001:db8:1:2::1"));
        assertEquals(LoginThrottle.source("2001:db8:1:2:aaaa::9"), LoginThrottle.source("2001:db8:1:2:ffff::1"));
        assertEquals("192.0.2.7", LoginThrottle.source("192.0.2.7"));
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            fail("name" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1));
        }
        assertInstanceOf(LoginThrottle.Refused.class, throttle.begin("someone", "2001:db8:1:2::ffff"),
                "a new address of the same /64 is the same source");
        assertInstanceOf(LoginThrottle.Allowed.class, throttle.begin("someone", "2001:db8:1:3::1"));
    }
}
