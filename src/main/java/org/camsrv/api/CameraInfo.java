package org.camsrv.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.camsrv.camera.CameraDescription;
import org.camsrv.camera.CameraProducer;
import org.camsrv.camera.CameraService;
import org.camsrv.ui.AppInfo;

/** The body of /api/info, in raspiCamSrv's shape, plus why this camera was chosen. */
@ApplicationScoped
public class CameraInfo {

    @Inject
    CameraService camera;

    @Inject
    CameraProducer producer;

    @Inject
    AppInfo appInfo;

    public JsonObject describe(String host) {
        CameraDescription active = camera.description();
        return ApiResponses.object()
                .add("version", "CamSrv " + appInfo.getVersion())
                .add("server", host)
                .add("active_camera", "Camera " + active.num() + " (" + active.model() + ")")
                .add("camera_choice", producer.reason())
                .add("cameras", jakarta.json.Json.createArrayBuilder().add(ApiResponses.object()
                        .add("num", active.num())
                        .add("model", active.model())
                        .add("is_usb", active.usb())
                        .add("active", true)
                        .add("status", active.simulated() ? "simulated" : "open")))
                .add("operation_status", ApiResponses.object()
                        .add("livestream_active", camera.isLiveStreamActive())
                        .add("livestream2_active", false)
                        .add("photoseries_recording", false)
                        .add("motion_capturing", camera.isCapturingMotion())
                        .add("event_handling", false)
                        .add("video_recording", camera.isRecordingVideo())
                        .add("audio_recording", false))
                .build();
    }
}
