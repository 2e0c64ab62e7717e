package org.camsrv.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camsrv.camera.CameraService;
import org.camsrv.settings.SettingsService;

/**
 * The fixed table of properties /api/probe answers, each read-only. The names follow raspiCamSrv's
 * serverConfig attributes where one exists, so probes written for it keep working for these.
 */
@ApplicationScoped
public class ProbeProperties {

    @Inject
    CameraService camera;

    @Inject
    SettingsService settings;

    private Map<String, Supplier<JsonValue>> table;

    @jakarta.annotation.PostConstruct
    void buildTable() {
        Map<String, Supplier<JsonValue>> t = new LinkedHashMap<>();
        String sc = "CameraCfg().serverConfig.";
        t.put(sc + "activeCamera", () -> Json.createValue(camera.description().num()));
        t.put(sc + "activeCameraModel", () -> Json.createValue(camera.description().model()));
        t.put(sc + "photoType", () -> Json.createValue(settings.parameters().photoType()));
        t.put(sc + "rawPhotoType", () -> Json.createValue(settings.parameters().rawPhotoType()));
        t.put(sc + "videoType", () -> Json.createValue(settings.parameters().videoType()));
        t.put(sc + "isLiveStream", () -> bool(camera.isLiveStreamActive()));
        t.put(sc + "isVideoRecording", () -> bool(camera.isRecordingVideo()));
        t.put(sc + "isTriggerRecording", () -> bool(camera.isCapturingMotion()));
        t.put(sc + "requireAuthForStreaming", () -> bool(settings.parameters().streamingNeedsLogin()));
        t.put("camera.simulated", () -> bool(camera.description().simulated()));
        t.put("camera.isUsb", () -> bool(camera.description().usb()));
        table = java.util.Collections.unmodifiableMap(t);
    }

    public Optional<JsonValue> value(String name) {
        return Optional.ofNullable(table.get(name)).map(Supplier::get);
    }

    private static JsonValue bool(boolean value) {
        return value ? JsonValue.TRUE : JsonValue.FALSE;
    }
}
