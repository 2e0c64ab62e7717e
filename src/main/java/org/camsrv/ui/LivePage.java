package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camsrv.camera.CameraException;
import org.camsrv.camera.CameraService;

/** The Live page: the stream, and buttons for a photo, a raw photo and a video. */
@Named
@RequestScoped
public class LivePage {

    @Inject
    CameraService camera;

    public String takePhoto() {
        return report(() -> "Photo taken: " + camera.takePhoto());
    }

    public String takeRawPhoto() {
        return report(() -> "Raw photo taken: " + camera.takeRawPhoto());
    }

    public String toggleVideo() {
        return report(() -> camera.isRecordingVideo() ? "Video recording stopped: " + camera.stopVideo()
                : "Video recorded to " + camera.startVideo(0));
    }

    public boolean isRecording() {
        return camera.isRecordingVideo();
    }

    private interface Action {
        String run() throws CameraException;
    }

    private static String report(Action action) {
        try {
            Pages.info(action.run());
        } catch (CameraException e) {
            Pages.error(null, e.getMessage());
        }
        return Pages.redirectTo("/live");
    }
}
