package org.camsrv.log;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Level;

/**
 * One kind of line (a refused request, an ignored MQTT command) at most once per interval: a flood of
 * refusals would otherwise fill the log and rotate the evidence of its start away. The next line that
 * is written says how many were left out.
 */
public final class RateLimitedLog {

    /** Refusal lines of one kind: at most one every 10 s. */
    public static final Duration REFUSAL_INTERVAL = Duration.ofSeconds(10);

    private final SafeLog log;
    private final Level level;
    private final Duration interval;
    private final Clock clock;
    private Instant last = Instant.MIN;
    private long suppressed;

    public RateLimitedLog(SafeLog log, Level level, Duration interval, Clock clock) {
        this.log = log;
        this.level = level;
        this.interval = interval;
        this.clock = clock;
    }

    /** Refusals logged by {@code owner}'s logger at {@code level}, one line per {@link #REFUSAL_INTERVAL}. */
    public static RateLimitedLog refusals(Class<?> owner, Level level) {
        return new RateLimitedLog(SafeLog.of(owner), level, REFUSAL_INTERVAL, Clock.systemUTC());
    }

    /** True when the line was written, false when it was counted instead. */
    public boolean log(String line) {
        return log(() -> line);
    }

    /** The line is made only when it is written. */
    public boolean log(Supplier<String> line) {
        long leftOut;
        synchronized (this) {
            Instant now = clock.instant();
            if (now.isBefore(last.plus(interval))) {
                suppressed++;
                return false;
            }
            leftOut = suppressed;
            last = now;
            suppressed = 0;
        }
        log.log(level, () -> line.get() + (leftOut == 0 ? "" : " (… " + leftOut + " more like it not logged)"));
        return true;
    }
}
