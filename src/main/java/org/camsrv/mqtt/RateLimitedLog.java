package org.camsrv.mqtt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * A warning at most once per interval: anyone who can publish to the command topics could otherwise
 * fill the log with bad payloads. The next line says how many were left out.
 */
final class RateLimitedLog {

    private final Logger log;
    private final Duration interval;
    private final Clock clock;
    private Instant last = Instant.MIN;
    private long suppressed;

    RateLimitedLog(Logger log, Duration interval, Clock clock) {
        this.log = log;
        this.interval = interval;
        this.clock = clock;
    }

    /** True when the line was written, false when it was counted instead. */
    synchronized boolean warn(String line) {
        Instant now = clock.instant();
        if (now.isBefore(last.plus(interval))) {
            suppressed++;
            return false;
        }
        String more = suppressed == 0 ? "" : " (" + suppressed + " more like it not logged)";
        last = now;
        suppressed = 0;
        log.warning(line + more);
        return true;
    }
}
