package org.camsrv.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import org.camsrv.camera.CameraUnit;
import org.camsrv.camera.LiveFrame;

/**
 * /photo_feed and /photo_feed2: one current picture of a camera as a JPEG, the still image that Home
 * Assistant's generic camera and NVRs poll. The same login rule as the live stream; at most a few at once per
 * viewer (429 beyond).
 */
@WebServlet(urlPatterns = {"/photo_feed", "/photo_feed2"})
public class PhotoFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** A camera that gives no frame for this long is not answering. */
    private static final long FRAME_WAIT_MILLIS = 5000;

    /** Too Many Requests (RFC 6585), which HttpServletResponse has no name for. */
    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    StreamAccess access;

    @Inject
    SnapshotCallers callers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<CameraUnit> camera = access.cameraToWatch(request, response);
        if (camera.isEmpty()) {
            return;
        }
        String viewer = access.viewer(request);
        if (!callers.enter(viewer)) {
            response.setHeader("Retry-After", "1");
            response.sendError(TOO_MANY_REQUESTS, "Too many snapshots at once; please wait for the one in progress");
            return;
        }
        LiveFrame frame;
        try {
            frame = currentFrame(camera.get());
        } finally {
            callers.leave(viewer);
        }
        if (frame == null) {
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The camera gave no picture");
            return;
        }
        response.setContentType("image/jpeg");
        response.setContentLength(frame.jpeg().length);
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(frame.jpeg());
    }

    /** Watches the camera for one frame: the camera delivers live frames only while somebody watches. */
    private static LiveFrame currentFrame(CameraUnit camera) {
        // Past the newest frame so far: the one kept from the last viewer may be hours old.
        long after = camera.latestLiveFrameNumber();
        Consumer<LiveFrame> watcher = camera.startViewing();
        try {
            return camera.nextLiveFrame(after, FRAME_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            camera.stopViewing(watcher);
        }
    }
}
