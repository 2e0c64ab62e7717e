package org.camsrv.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.camsrv.auth.UserService;
import org.camsrv.camera.ByteRange;
import org.camsrv.camera.CameraService;
import org.camsrv.camera.MediaLibrary;

/**
 * The Photos page's files, for a logged-in browser: {@code /media/<name>} (with byte ranges, so that
 * videos play and seek; {@code ?download} saves it) and {@code /thumbnails/<name>}. Only names the
 * server made are served.
 */
@WebServlet(urlPatterns = {"/media/*", "/thumbnails/*"})
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CameraService cameras;

    @Inject
    UiSession session;

    @Inject
    UserService users;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The login guard decided already; a servlet that serves files asks again.
        if (request.getSession(false) == null || !session.isStillValid(users)) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String pathInfo = request.getPathInfo();
        String name = pathInfo == null ? "" : pathInfo.substring(1);
        Optional<Path> file = "/thumbnails".equals(request.getServletPath())
                ? cameras.thumbnails().of(name) : cameras.library().find(name);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(file.get(), name, request, response);
    }

    private static void send(Path file, String name, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        long length = Files.size(file);
        ByteRange range;
        try {
            range = ByteRange.parse(request.getHeader("Range"), length).orElse(ByteRange.all(length));
        } catch (ByteRange.Unsatisfiable e) {
            response.setHeader("Content-Range", e.contentRange());
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        response.setContentType(file.getFileName().toString().endsWith(".jpg") ? "image/jpeg" : MediaLibrary.contentType(name));
        response.setHeader("Accept-Ranges", "bytes");
        // No cache: a photo must not stay readable in a shared browser after its user logged out.
        response.setHeader("Cache-Control", "no-store");
        String disposition = request.getParameter("download") != null ? "attachment" : "inline";
        response.setHeader("Content-Disposition", disposition + "; filename=\"" + name + "\"");
        if (!range.isWholeFile()) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", range.contentRange());
        }
        response.setContentLengthLong(range.length());
        range.copy(file, response.getOutputStream());
    }
}
