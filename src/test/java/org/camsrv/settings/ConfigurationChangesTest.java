package org.camsrv.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConfigurationChangesTest {

    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");

    /** A clock that moves one second per reading, so each change gets its own time. */
    private static final class SteppingClock extends Clock {
        private Instant next = T0;

        @Override
        public synchronized Instant instant() {
            Instant now = next;
            next = next.plusSeconds(1);
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void newListIsEmpty() {
        assertEquals(List.of(), new ConfigurationChanges().list());
    }

    @Test
    void changesAreListedOldestFirstWithTheirTime() {
        ConfigurationChanges changes = new ConfigurationChanges(new SteppingClock());
        changes.record("first");
        changes.record("second");
        assertEquals(List.of(new ConfigurationChanges.Change(T0, "first"),
                new ConfigurationChanges.Change(T0.plusSeconds(1), "second")), changes.list());
    }

    @Test
    void defaultClockStampsTheCurrentTime() {
        Instant before = Instant.now();
        ConfigurationChanges changes = new ConfigurationChanges();
        changes.record("x");
        Instant time = changes.list().get(0).time();
        assertTrue(!time.isBefore(before) && !time.isAfter(Instant.now()), time.toString());
    }

    @Test
    void listIsAnUnmodifiableSnapshot() {
        ConfigurationChanges changes = new ConfigurationChanges();
        changes.record("a");
        List<ConfigurationChanges.Change> snapshot = changes.list();
        changes.record("b");
        assertEquals(1, snapshot.size());
        assertThrows(UnsupportedOperationException.class, () -> snapshot.add(new ConfigurationChanges.Change(T0, "c")));
    }

    @Test
    void clearForgetsAllChanges() {
        ConfigurationChanges changes = new ConfigurationChanges();
        changes.record("a");
        changes.record("b");
        changes.clear();
        assertEquals(List.of(), changes.list());
    }

    @Test
    void recordingAfterClearStartsAFreshList() {
        ConfigurationChanges changes = new ConfigurationChanges(new SteppingClock());
        changes.record("a");
        changes.clear();
        changes.record("b");
        assertEquals(List.of("b"), changes.list().stream().map(ConfigurationChanges.Change::text).toList());
    }

    @Test
    void nullTextIsRefused() {
        assertThrows(NullPointerException.class, () -> new ConfigurationChanges().record(null));
    }

    @Test
    void concurrentRecordsAreAllKept() throws Exception {
        ConfigurationChanges changes = new ConfigurationChanges();
        int threads = 8;
        int perThread = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    changes.record(thread + ":" + i);
                    if (i % 100 == 0) {
                        changes.list();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(threads * perThread, changes.list().size());
        assertEquals(threads * perThread, changes.list().stream().map(ConfigurationChanges.Change::text).distinct().count());
    }

    @Test
    void eachThreadsChangesKeepTheirOrder() throws Exception {
        ConfigurationChanges changes = new ConfigurationChanges();
        Thread a = new Thread(() -> recordNumbered(changes, "a"));
        Thread b = new Thread(() -> recordNumbered(changes, "b"));
        a.start();
        b.start();
        a.join(Duration.ofSeconds(30).toMillis());
        b.join(Duration.ofSeconds(30).toMillis());
        for (String prefix : List.of("a", "b")) {
            List<Integer> numbers = changes.list().stream().map(ConfigurationChanges.Change::text)
                    .filter(text -> text.startsWith(prefix)).map(text -> Integer.parseInt(text.substring(1))).toList();
            assertEquals(1000, numbers.size());
            for (int i = 0; i < numbers.size(); i++) {
                assertEquals(i, numbers.get(i));
            }
        }
    }

    private static void recordNumbered(ConfigurationChanges changes, String prefix) {
        for (int i = 0; i < 1000; i++) {
            changes.record(prefix + i);
        }
    }

    @Test
    void identicalSettingsHaveNoDifferences() {
        assertEquals(List.of(), ConfigurationChanges.describe(Presets.API, Presets.API));
    }

    @Test
    void switchingTheApiOffIsDescribed() {
        assertEquals(List.of("Allow access through API: on → off"),
                ConfigurationChanges.describe(Presets.API, Presets.API.withApiAllowed(false)));
    }

    @Test
    void switchingTheApiOnIsDescribed() {
        assertEquals(List.of("Allow access through API: off → on"),
                ConfigurationChanges.describe(Presets.API.withApiAllowed(false), Presets.API));
    }

    @Test
    void changedPathIsDescribed() {
        ApiSettings a = Presets.API.withSecretsFilePath("/a");
        assertEquals(List.of("JWT Secret Key File Path: /a → /b"), ConfigurationChanges.describe(a, a.withSecretsFilePath("/b")));
    }

    @Test
    void blankPathIsShownAsNone() {
        ApiSettings none = Presets.API;
        assertEquals(List.of("JWT Secret Key File Path: (none) → /b"),
                ConfigurationChanges.describe(none, none.withSecretsFilePath("/b")));
        assertEquals(List.of("JWT Secret Key File Path: /b → (none)"),
                ConfigurationChanges.describe(none.withSecretsFilePath("/b"), none));
    }

    @Test
    void changedMinutesAreDescribed() {
        assertEquals(List.of("Access Token Expiration in Minutes: 60 → 30"),
                ConfigurationChanges.describe(Presets.API, Presets.API.withAccessMinutes(30)));
    }

    @Test
    void changedDaysAreDescribed() {
        assertEquals(List.of("Refresh Token Expiration in Days: 0 → 7"),
                ConfigurationChanges.describe(Presets.API, Presets.API.withRefreshDays(7)));
    }

    @Test
    void largeNumbersAreShownWithoutGrouping() {
        assertEquals(List.of("Access Token Expiration in Minutes: 60 → 5256000"),
                ConfigurationChanges.describe(Presets.API, Presets.API.withAccessMinutes(5_256_000)));
    }

    @Test
    void allDifferencesAreDescribedInScreenOrder() {
        ApiSettings before = new ApiSettings(true, "/a", 60, 0);
        ApiSettings after = new ApiSettings(false, "/b", 30, 7);
        assertEquals(List.of("Allow access through API: on → off", "JWT Secret Key File Path: /a → /b",
                "Access Token Expiration in Minutes: 60 → 30", "Refresh Token Expiration in Days: 0 → 7"),
                ConfigurationChanges.describe(before, after));
    }

    @Test
    void describesAChangedMotionThreshold() {
        assertEquals(List.of("Motion threshold: 12 → 30"), ConfigurationChanges.describe(GeneralParameters.defaults(),
                new GeneralParameters("jpg", "dng", "mp4", true, 30)));
    }
}
