package org.camsrv.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import org.camsrv.log.RateLimitedLog;

/**
 * Counts who watches a camera stream: each viewer holds a request thread for as long as it watches,
 * so one user (or, without a login, one address) may hold only a few, and everybody together a few
 * more; beyond that a stream answers 503 at once. The last few are kept for SuperUsers, so that two
 * plain users (or two addresses while streaming needs no login) cannot leave the owner without a stream.
 */
@ApplicationScoped
public class StreamViewers {

    private static final RateLimitedLog REFUSALS = RateLimitedLog.refusals(StreamViewers.class, Level.INFO);

    static final int MAX_PER_VIEWER = 4;
    static final int MAX_IN_TOTAL = 8;
    /** Of {@link #MAX_IN_TOTAL}, this many are only for SuperUsers. */
    static final int KEPT_FOR_SUPERUSERS = 2;

    private final Map<String, Integer> watching = new HashMap<>();
    private int total;

    /** Admits one more stream for {@code viewer} ("user:7", "address:10.0.0.2"), who is not a SuperUser, or answers false. */
    public boolean admit(String viewer) {
        return admit(viewer, false);
    }

    /** {@link #admit(String)}; a SuperUser may also take the streams kept for SuperUsers. */
    public synchronized boolean admit(String viewer, boolean superUser) {
        int ofViewer = watching.getOrDefault(viewer, 0);
        int limit = superUser ? MAX_IN_TOTAL : MAX_IN_TOTAL - KEPT_FOR_SUPERUSERS;
        if (total >= limit || ofViewer >= MAX_PER_VIEWER) {
            return false;
        }
        watching.put(viewer, ofViewer + 1);
        total++;
        return true;
    }

    /** {@link #admit}, and when it says no, the 503 with Retry-After the stream routes answer (and a log line). */
    public boolean admitOrRefuse(String viewer, HttpServletResponse response, String stream) throws IOException {
        return admitOrRefuse(viewer, false, response, stream);
    }

    /** {@link #admitOrRefuse(String, HttpServletResponse, String)} for a viewer who may be a SuperUser. */
    public boolean admitOrRefuse(String viewer, boolean superUser, HttpServletResponse response, String stream)
            throws IOException {
        if (admit(viewer, superUser)) {
            return true;
        }
        REFUSALS.log(() -> stream + " refused: too many viewers (" + total() + " watching)");
        response.setHeader("Retry-After", "10");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Too many viewers; please try again later");
        return false;
    }

    public synchronized void leave(String viewer) {
        Integer ofViewer = watching.get(viewer);
        if (ofViewer == null) {
            return;
        }
        if (ofViewer > 1) {
            watching.put(viewer, ofViewer - 1);
        } else {
            watching.remove(viewer);
        }
        total--;
    }

    public synchronized int total() {
        return total;
    }
}
