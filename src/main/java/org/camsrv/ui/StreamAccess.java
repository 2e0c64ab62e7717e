package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.camsrv.auth.UserService;
import org.camsrv.camera.CameraService;
import org.camsrv.camera.CameraUnit;
import org.camsrv.settings.SettingsService;

/**
 * The camera streams' own checks, after the login guard's: who may watch (a logged-in user, or anyone
 * while "Req. Auth for Streaming" is off) and which camera a path names.
 */
@RequestScoped
public class StreamAccess {

    @Inject
    SettingsService settings;

    @Inject
    UiSession session;

    @Inject
    UserService users;

    @Inject
    CameraService cameras;

    /** Asked again while a stream runs: a removed user, a new password or the switch turned on end it. */
    public boolean mayWatch(HttpServletRequest request) {
        if (!settings.parameters().streamingNeedsLogin()) {
            return true;
        }
        try {
            return request.getSession(false) != null && session.isStillValid(users);
        } catch (IllegalStateException sessionEnded) {
            return false; // logged out in another tab while this stream ran
        }
    }

    /** "user:7" for a logged-in viewer, else "address:…", for counting streams per viewer. */
    public String viewer(HttpServletRequest request) {
        Long userId = request.getSession(false) != null ? session.userId() : null;
        return userId != null ? "user:" + userId : "address:" + request.getRemoteAddr();
    }

    /** The active camera for "/video_feed" and "/photo_feed", the second one for the paths ending in 2. */
    public Optional<CameraUnit> cameraOf(HttpServletRequest request) {
        return request.getServletPath().endsWith("2") ? cameras.second() : Optional.of(cameras.active());
    }
}
