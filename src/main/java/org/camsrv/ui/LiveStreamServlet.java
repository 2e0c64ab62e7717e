package org.camsrv.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.Optional;
import org.camsrv.camera.CameraUnit;
import org.camsrv.camera.LiveFrame;

/**
 * /video_feed (and /video_feed2 for the second camera), raspiCamSrv's live view: an MJPEG stream (multipart/x-mixed-replace) that any
 * browser shows in an img element. It needs a logged-in session or a viewer key unless the owner switched off
 * "Req. Auth for Streaming" (the login guard decides first; this servlet checks again, and keeps
 * checking while it streams: a removed user, a password change, a revoked key or the switch turned on ends the
 * stream within a second). Viewers are capped, and no stream lasts longer than {@link #MAX_STREAM_MILLIS}:
 * the Live page reconnects before then.
 */
@WebServlet(urlPatterns = {"/video_feed", "/video_feed2"}, asyncSupported = false)
public class LiveStreamServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String BOUNDARY = "frame";
    /** A viewer that gets no frame for this long is given up (the camera stopped). */
    private static final long FRAME_WAIT_MILLIS = 5000;
    /** How often a running stream asks again whether its viewer may still watch. */
    private static final long RECHECK_MILLIS = 1000;
    /** The longest one stream holds its request thread. */
    static final long MAX_STREAM_MILLIS = 10 * 60 * 1000L;

    @Inject
    StreamAccess access;

    @Inject
    StreamViewers viewers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<CameraUnit> camera = access.cameraToWatch(request, response);
        if (camera.isEmpty()) {
            return;
        }
        String viewer = access.viewer(request);
        if (!viewers.admitOrRefuse(viewer, access.isSuperUser(request), response, "Live stream")) {
            return;
        }
        try {
            stream(camera.get(), request, response);
        } finally {
            viewers.leave(viewer);
        }
    }

    private void stream(CameraUnit camera, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("multipart/x-mixed-replace; boundary=" + BOUNDARY);
        response.setHeader("Cache-Control", "no-store");
        long last = camera.latestLiveFrameNumber(); // not the frame kept from the last viewer
        Consumer<LiveFrame> watcher = camera.startViewing();
        long started = System.currentTimeMillis();
        long checked = started;
        try {
            OutputStream out = response.getOutputStream();
            while (true) {
                long now = System.currentTimeMillis();
                if (now - started > MAX_STREAM_MILLIS) {
                    return;
                }
                if (now - checked >= RECHECK_MILLIS) {
                    if (!access.mayWatch(request)) {
                        return;
                    }
                    checked = now;
                }
                LiveFrame frame = camera.nextLiveFrame(last, FRAME_WAIT_MILLIS);
                if (frame == null) {
                    return;
                }
                last = frame.number();
                out.write(("--" + BOUNDARY + "\r\nContent-Type: image/jpeg\r\nContent-Length: " + frame.jpeg().length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(frame.jpeg());
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException viewerLeft) {
            // The browser closed the stream: the normal way for a viewer to leave.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            camera.stopViewing(watcher);
        }
    }
}
