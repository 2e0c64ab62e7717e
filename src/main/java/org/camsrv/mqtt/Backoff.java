package org.camsrv.mqtt;

import java.time.Duration;

/** How long to wait before the next connection attempt: 1 s, doubling to at most 60 s, and from 1 s again after a success. */
final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration MOST = Duration.ofSeconds(60);

    private Duration next = FIRST;

    /** The wait before this attempt; the one after it is twice as long, up to the most. */
    synchronized Duration next() {
        Duration wait = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(MOST) > 0 ? MOST : doubled;
        return wait;
    }

    synchronized void reset() {
        next = FIRST;
    }
}
