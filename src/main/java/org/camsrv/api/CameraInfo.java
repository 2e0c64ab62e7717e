package org.camsrv.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.camsrv.camera.CameraDescription;
import org.camsrv.camera.CameraProducer;
import org.camsrv.camera.CameraService;
import org.camsrv.camera.CameraUnit;
import org.camsrv.data.HiddenPaths;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The body of /api/info, in raspiCamSrv's shape, plus why these cameras were chosen. */
@ApplicationScoped
public class CameraInfo {

    @Inject
    CameraService cameras;

    @Inject
    CameraProducer producer;

    @Inject
    @ConfigProperty(name = "camsrv.version")
    String version;

    public JsonObject describe(String host) {
        CameraUnit active = cameras.active();
        CameraDescription described = active.description();
        JsonArrayBuilder list = jakarta.json.Json.createArrayBuilder();
        for (CameraUnit unit : cameras.all()) {
            CameraDescription camera = unit.description();
            list.add(ApiResponses.object()
                    .add("num", camera.num())
                    .add("model", camera.model())
                    .add("is_usb", camera.usb())
                    .add("active", unit == active)
                    .add("status", cameras.status(unit)));
        }
        JsonObjectBuilder status = ApiResponses.object()
                .add("livestream_active", active.isLiveStreamActive())
                .add("photoseries_recording", false)
                .add("motion_capturing", active.isCapturingMotion())
                .add("event_handling", false)
                .add("video_recording", active.isRecordingVideo())
                .add("audio_recording", false);
        // raspiCamSrv lists the second camera's state only where there is one.
        cameras.second().ifPresent(second -> status
                .add("livestream2_active", second.isLiveStreamActive())
                .add("video_recording2", second.isRecordingVideo()));
        return ApiResponses.object()
                .add("version", "CamSrv " + version)
                .add("server", host)
                .add("active_camera", "Camera " + described.num() + " (" + described.model() + ")")
                // A token may be any user's: the reason's library paths are hidden as on a plain user's Info page.
                .add("camera_choice", HiddenPaths.mask(producer.reason()))
                .add("video_encoder", cameras.videoEncoder())
                .add("cameras", list)
                .add("operation_status", status)
                .build();
    }
}
