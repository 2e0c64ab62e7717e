package org.camsrv.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class RateLimitedLogTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-03T07:00:00Z");

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
    }

    @Test
    void oneLinePerIntervalAndTheNextCountsWhatWasLeftOut() {
        Logger logger = Logger.getLogger(RateLimitedLogTest.class.getName());
        logger.setUseParentHandlers(false);
        List<String> lines = new ArrayList<>();
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        HandClock clock = new HandClock();
        RateLimitedLog log = new RateLimitedLog(SafeLog.of(RateLimitedLogTest.class), Level.WARNING, Duration.ofSeconds(10), clock);
        assertTrue(log.log("bad payload"));
        for (int i = 0; i < 100; i++) {
            clock.now = clock.now.plusMillis(99);
            assertFalse(log.log("bad payload"));
        }
        clock.now = clock.now.plusMillis(100);
        assertTrue(log.log("bad payload\r\nforged"));
        assertEquals(List.of("bad payload", "bad payload\\r\\nforged (… 100 more like it not logged)"), lines);
        clock.now = clock.now.plusSeconds(10);
        assertTrue(log.log("later"));
        assertEquals("later", lines.get(2), "nothing was left out since");
    }
}
