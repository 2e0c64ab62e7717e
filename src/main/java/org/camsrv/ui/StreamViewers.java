package org.camsrv.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.camsrv.log.SafeLog;

/**
 * Counts who watches a camera stream: each viewer holds a request thread for as long as it watches,
 * so one user (or, without a login, one address) may hold only a few, and everybody together a few
 * more; beyond that a stream answers 503 at once.
 */
@ApplicationScoped
public class StreamViewers {

    private static final SafeLog LOG = SafeLog.of(StreamViewers.class);

    static final int MAX_PER_VIEWER = 4;
    static final int MAX_IN_TOTAL = 8;

    private final Map<String, Integer> watching = new HashMap<>();
    private int total;

    /** Admits one more stream for {@code viewer} ("user:7", "address:10.0.0.2"), or answers false. */
    public synchronized boolean admit(String viewer) {
        int ofViewer = watching.getOrDefault(viewer, 0);
        if (total >= MAX_IN_TOTAL || ofViewer >= MAX_PER_VIEWER) {
            return false;
        }
        watching.put(viewer, ofViewer + 1);
        total++;
        return true;
    }

    /** {@link #admit}, and when it says no, the 503 with Retry-After the stream routes answer (and a log line). */
    public boolean admitOrRefuse(String viewer, HttpServletResponse response, String stream) throws IOException {
        if (admit(viewer)) {
            return true;
        }
        LOG.info(() -> stream + " refused: too many viewers (" + total() + " watching)");
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
