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
import org.camsrv.camera.CameraService;
import org.camsrv.camera.LiveFrame;
import org.camsrv.settings.SettingsService;

/**
 * /video_feed, raspiCamSrv's live view: an MJPEG stream (multipart/x-mixed-replace) that any
 * browser shows in an img element. It needs a logged-in session unless the owner switched off
 * "Req. Auth for Streaming".
 */
@WebServlet(urlPatterns = "/video_feed", asyncSupported = false)
public class LiveStreamServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String BOUNDARY = "frame";
    /** A viewer that gets no frame for this long is given up (the camera stopped). */
    private static final long FRAME_WAIT_MILLIS = 5000;

    @Inject
    CameraService camera;

    @Inject
    SettingsService settings;

    @Inject
    UiSession session;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean loggedIn = request.getSession(false) != null && session.isLoggedIn();
        if (settings.parameters().streamingNeedsLogin() && !loggedIn) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Please log in to see the live stream");
            return;
        }
        response.setContentType("multipart/x-mixed-replace; boundary=" + BOUNDARY);
        response.setHeader("Cache-Control", "no-store");
        Consumer<LiveFrame> viewer = camera.startViewing();
        try {
            OutputStream out = response.getOutputStream();
            long last = 0;
            while (true) {
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
            camera.stopViewing(viewer);
        }
    }
}
