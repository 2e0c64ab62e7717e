package org.camsrv.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.camsrv.camera.CameraUnit;
import org.camsrv.camera.LiveVideo;
import org.camsrv.log.RateLimitedLog;
import org.camsrv.log.SafeLog;

/**
 * /video_h264, the Live page's H.264 view: a WebSocket that carries fragmented MP4 for the browser's Media
 * Source. The handshake is a plain request first, so the login guard and {@link StreamAccess} judge it exactly
 * as they judge /video_feed; this servlet then checks the Origin (no other site may open it with a visitor's
 * cookies), counts the viewer in the same caps as the MJPEG streams, and only then upgrades the connection.
 */
@WebServlet(urlPatterns = LiveVideoServlet.PATH)
public class LiveVideoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final SafeLog LOG = SafeLog.of(LiveVideoServlet.class);
    private static final RateLimitedLog FOREIGN_ORIGIN = RateLimitedLog.refusals(LiveVideoServlet.class, Level.WARNING);
    static final String PATH = "/video_h264";

    @Inject
    StreamAccess access;

    @Inject
    StreamViewers viewers;

    /** Runs every socket's once-a-second re-check; no thread while nobody watches. */
    private transient ScheduledThreadPoolExecutor checks;

    @Override
    public void init() {
        checks = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "camsrv-live-h264-checks");
            thread.setDaemon(true);
            return thread;
        });
        checks.setKeepAliveTime(10, TimeUnit.SECONDS);
        checks.allowCoreThreadTimeOut(true);
        checks.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "This is the Live page's WebSocket; /video_feed is MJPEG");
            return;
        }
        Optional<CameraUnit> camera = access.cameraToWatch(request, response);
        if (camera.isEmpty()) {
            return;
        }
        if (!SameOrigin.allows(request.getHeader("Origin"), request.getHeader("Host"))) {
            FOREIGN_ORIGIN.log(() -> "Live view WebSocket refused: its Origin is not this server's (from " + request.getRemoteAddr() + ")");
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Only CamSrv's own pages may open the live view");
            return;
        }
        LiveVideo video = camera.get().liveVideo();
        ServerContainer container = (ServerContainer) getServletContext().getAttribute(ServerContainer.class.getName());
        if (!video.isAvailable() || container == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "This server has no H.264 live view; /video_feed is MJPEG");
            return;
        }
        String viewer = access.viewer(request);
        if (!viewers.admitOrRefuse(viewer, access.isSuperUser(request), response, "Live H.264 view")) {
            return;
        }
        LiveVideoSocket socket = new LiveVideoSocket(video::join, video::leave, access.laterCheck(request), () -> viewers.leave(viewer), checks);
        try {
            container.upgradeHttpToWebSocket(request, response, socket.endpointConfig(PATH), Map.of());
        } catch (DeploymentException | RuntimeException e) {
            viewers.leave(viewer);
            LOG.log(Level.WARNING, "The live view's WebSocket could not be opened", e);
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "The live view could not be opened");
            }
        }
    }
}
