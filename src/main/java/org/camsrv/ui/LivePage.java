package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import java.util.logging.Level;
import org.camsrv.camera.CameraException;
import org.camsrv.camera.CameraRefusedException;
import org.camsrv.camera.CameraService;
import org.camsrv.camera.Operator;
import org.camsrv.log.RateLimitedLog;

/**
 * The Live page: the stream (H.264 where the server has an encoder and the browser a Media Source, else
 * MJPEG; the page's script chooses and says which), and buttons for a photo, a raw photo and a video.
 */
@Named
@RequestScoped
public class LivePage {

    private static final RateLimitedLog REFUSALS = RateLimitedLog.refusals(LivePage.class, Level.WARNING);

    @Inject
    CameraService camera;

    public String takePhoto() {
        return report(() -> "Photo taken: " + camera.takePhoto());
    }

    public String takeRawPhoto() {
        return report(() -> "Raw photo taken: " + camera.takeRawPhoto());
    }

    @Inject
    CurrentUser user;

    /** Starts a video (it stops by itself at the server's longest recording) or stops the running one. */
    public String toggleVideo() {
        Operator who = new Operator(user.getName(), user.isSuperUser());
        return report(() -> camera.isRecordingVideo() ? "Video recording stopped: " + camera.stopVideo(who)
                : "Video recorded to " + camera.startVideo(0, who));
    }

    /** True when the page should try the H.264 view first. */
    public boolean isH264() {
        return camera.whyNoLiveH264().isEmpty();
    }

    /** What the page says when the server has no H.264 view. */
    public String getWhyNoH264() {
        // The reason itself (with ffmpeg's path) is on the Info page, which hides paths from users who are not SuperUser.
        return isH264() ? "" : "the server has no H.264 encoder (ffmpeg; see the Info page)";
    }

    public boolean isRecording() {
        return camera.isRecordingVideo();
    }

    private interface Action {
        String run() throws CameraException;
    }

    /** Success redirects with the message; a failure stays on the page, which shows why (403 when not allowed). */
    private static String report(Action action) {
        try {
            Pages.info(action.run());
            return Pages.redirectTo("/live");
        } catch (CameraRefusedException e) {
            REFUSALS.log(() -> "Live page camera action refused: " + e.getMessage());
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
            Pages.error(null, e.getMessage());
        } catch (CameraException e) {
            Pages.error(null, e.getMessage());
        }
        return null;
    }
}
