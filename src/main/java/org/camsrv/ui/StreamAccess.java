package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.camsrv.auth.LoginThrottle;
import org.camsrv.auth.User;
import org.camsrv.auth.UserService;
import org.camsrv.auth.viewer.KeyCheck;
import org.camsrv.auth.viewer.ViewerKeyHolder;
import org.camsrv.auth.viewer.ViewerKeys;
import org.camsrv.camera.CameraService;
import org.camsrv.camera.CameraUnit;
import org.camsrv.settings.SettingsService;

/**
 * The camera streams' own checks, after the login guard's: who may watch (a logged-in user, the holder of a live
 * viewer key, or anyone while "Req. Auth for Streaming" is off) and which camera a path names. A request's key is
 * checked once, when the login guard asks, and the holder it names is then asked about again while the stream runs.
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

    @Inject
    ViewerKeys viewerKeys;

    /** The key check of this request, once made; null while not asked or when the request brings no key. */
    private KeyCheck keyCheck;
    private boolean keyLookedAt;

    /** The viewer key this request brings, checked (and counted by the throttle) once; empty when it brings none. */
    public Optional<KeyCheck> viewerKey(HttpServletRequest request) {
        if (!keyLookedAt) {
            keyLookedAt = true;
            keyCheck = ViewerKeyCredential.of(request).map(key -> viewerKeys.check(key, request.getRemoteAddr())).orElse(null);
        }
        return Optional.ofNullable(keyCheck);
    }

    private ViewerKeyHolder keyHolder() {
        return keyCheck instanceof KeyCheck.Accepted accepted ? accepted.holder() : null;
    }

    /** Asked again while a stream runs: a removed user, a new password or the switch turned on end it. */
    public boolean mayWatch(HttpServletRequest request) {
        if (!settings.parameters().streamingNeedsLogin()) {
            return true;
        }
        ViewerKeyHolder holder = keyHolder();
        if (holder != null) {
            return viewerKeys.isLive(holder);
        }
        try {
            return request.getSession(false) != null && session.isStillValid(users);
        } catch (IllegalStateException sessionEnded) {
            return false; // logged out in another tab while this stream ran
        }
    }

    /**
     * {@link #mayWatch} for a stream that outlives its request (the H.264 WebSocket): a check that needs no request
     * and may be asked from any thread. It fails once the session ends (logout), its user is removed or changes the
     * password, or the owner turns "Req. Auth for Streaming" on for a viewer who has no login.
     */
    public BooleanSupplier laterCheck(HttpServletRequest request) {
        ViewerKeyHolder holder = keyHolder();
        if (holder != null) {
            return () -> !settings.parameters().streamingNeedsLogin() || viewerKeys.isLive(holder);
        }
        HttpSession httpSession = request.getSession(false);
        BooleanSupplier login = httpSession == null ? () -> false : session.loginCheck(users);
        return () -> !settings.parameters().streamingNeedsLogin() || (isAlive(httpSession) && login.getAsBoolean());
    }

    private static boolean isAlive(HttpSession httpSession) {
        if (httpSession == null) {
            return false;
        }
        try {
            httpSession.getAttributeNames();
            return true;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    /**
     * "user:7" for a logged-in viewer, "key:3" for a key holder (so a user's Home Assistant leaves the user's own
     * browser its share), else "address:…", for counting streams per viewer. An IPv6 address counts by its /64
     * network, as in the login throttle: one machine may use any address of its /64.
     */
    public String viewer(HttpServletRequest request) {
        ViewerKeyHolder holder = keyHolder();
        if (holder != null) {
            return "key:" + holder.keyId();
        }
        Long userId = request.getSession(false) != null ? session.userId() : null;
        return userId != null ? "user:" + userId : "address:" + LoginThrottle.source(request.getRemoteAddr());
    }

    /** Whether the viewer is logged in as a SuperUser: they may take the streams kept for SuperUsers. */
    public boolean isSuperUser(HttpServletRequest request) {
        Long userId = request.getSession(false) != null ? session.userId() : null;
        return userId != null && users.findById(userId).map(User::superUser).orElse(false);
    }

    /**
     * The camera a stream request may watch: the active one for "/video_feed" and "/photo_feed", the second one
     * for the paths ending in 2. Empty when the viewer may not watch (401) or there is no such camera (404); the
     * refusal is sent already.
     */
    public Optional<CameraUnit> cameraToWatch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!mayWatch(request)) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Please log in to see the camera");
            return Optional.empty();
        }
        Optional<CameraUnit> camera = request.getServletPath().endsWith("2") ? cameras.second() : Optional.of(cameras.active());
        if (camera.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Second camera is not available");
        }
        return camera;
    }
}
