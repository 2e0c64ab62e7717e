package org.camsrv.mqtt;

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
        Logger logger = Logger.getLogger("test.ratelimited." + System.nanoTime());
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
        RateLimitedLog log = new RateLimitedLog(logger, Duration.ofSeconds(10), clock);
        assertTrue(log.warn("bad payload"));
        for (int i = 0; i < 100; i++) {
            assertFalse(log.warn("bad payload"));
        }
        clock.now = clock.now.plusSeconds(10);
        assertTrue(log.warn("bad payload"));
        assertEquals(List.of("bad payload", "bad payload (100 more like it not logged)"), lines);
    }
}
