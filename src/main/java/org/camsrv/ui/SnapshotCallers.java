package org.camsrv.ui;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import org.camsrv.log.RateLimitedLog;

/**
 * Counts the /photo_feed requests of each viewer (user, or address) in progress: each holds a request thread
 * and keeps the camera streaming until it has its frame, so one viewer may have only a few at once. Home
 * Assistant and NVRs poll one at a time; more at once is a flood.
 */
@ApplicationScoped
public class SnapshotCallers {

    static final int MAX_PER_VIEWER = 4;

    private static final RateLimitedLog REFUSALS = RateLimitedLog.refusals(SnapshotCallers.class, Level.INFO);

    private final Map<String, Integer> waiting = new HashMap<>();

    /** Takes one of {@code viewer}'s places, or answers false (and logs, rate-limited) when all are taken. */
    public boolean enter(String viewer) {
        synchronized (this) {
            int now = waiting.getOrDefault(viewer, 0);
            if (now < MAX_PER_VIEWER) {
                waiting.put(viewer, now + 1);
                return true;
            }
        }
        REFUSALS.log(() -> "Snapshot refused: " + MAX_PER_VIEWER + " of this viewer's are in progress already");
        return false;
    }

    public synchronized void leave(String viewer) {
        waiting.computeIfPresent(viewer, (key, count) -> count > 1 ? count - 1 : null);
    }

    synchronized int inProgress(String viewer) {
        return waiting.getOrDefault(viewer, 0);
    }
}
