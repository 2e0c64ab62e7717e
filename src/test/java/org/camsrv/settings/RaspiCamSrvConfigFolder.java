package org.camsrv.settings;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a folder shaped like raspiCamSrv's {@code raspiCamSrv/static/config}: a serverConfig.json with the
 * eight keys CamSrv takes beside the many it has no use for (camera state, UI tabs, buttons, nested lists and
 * objects, nulls, floats), as raspiCamSrv's ServerConfig fields come out of Python's json module, and on
 * request the {@code _loadConfigOnStart.txt} marker. The known keys can be replaced by any JSON text.
 */
public final class RaspiCamSrvConfigFolder {

    /** Fields of raspiCamSrv's ServerConfig that CamSrv has no equivalent for, with values as a Pi 5 stores them. */
    private static final String OTHERS = """
            "_unsavedChanges": false, "_error": null, "_error2": null, "_errorSource": null,
            "_database": "/home/pi/prg/raspi-cam-srv/instance/raspiCamSrv.sqlite",
            "_raspiModelFull": "Raspberry Pi 5 Model B Rev 1.0", "_raspiModelLower5": false, "_boardRevision": "d04170",
            "_kernelVersion": "6.6.51+rpt-rpi-2712", "_debianVersion": "12 (bookworm)",
            "_activeCamera": 0, "_activeCameraInfo": "Camera 0 (imx708)", "_activeCameraModel": "imx708",
            "_hasMicrophone": false, "_defaultMic": "", "_isMicMuted": false, "_recordAudio": false, "_audioSync": 0.3,
            "_photoRoot": "/home/pi/prg/raspi-cam-srv/raspiCamSrv/static", "_cameraPhotoSubPath": "photos/camera_0",
            "_prgOutputPath": "/home/pi/prg/raspi-cam-srv/output", "_isZoomModeDraw": false, "_zoomFactor": 100,
            "_zoomFactorStep": 10, "_scalerCropLiveView": [0, 0, 4608, 2592], "_scalerCropMin": [768, 432, 3072, 1728],
            "_syncAspectRatio": true, "_curMenu": "settings", "_lastLiveTab": "focus", "_lastSettingsTab": "settingsparams",
            "_isLiveStream": false, "_isVideoRecording": false, "_displayBuffer": {}, "_useHistograms": false,
            "_locLongitude": 8.6821, "_locLatitude": 50.1109, "_locTzKey": "Europe/Berlin", "_pvList": [],
            "_API_active": true, "_jwtAuthenticationActive": true, "_flaskJwtLibAvailable": true, "_streamingClients": [],
            "_vButtonsRows": 1, "_vButtonsCols": 2,
            "_vButtons": [[{"_row": 0, "_col": 0, "_isVisible": true, "_buttonText": "Uptime",
                "_buttonExec": "uptime", "_needsConfirm": false}, {"_row": 0, "_col": 1, "_isVisible": false}]],
            "_gpioDevices": [{"_id": "LED1", "_type": "LED", "_params": {"pin": 18, "active_high": true}}],
            "_cfgPath": "/home/pi/prg/raspi-cam-srv/raspiCamSrv/static/config"
            """;

    private final Map<String, String> known = new LinkedHashMap<>();

    private RaspiCamSrvConfigFolder() {
    }

    /** The eight keys with values CamSrv takes, most of them unlike CamSrv's presets, and raspiCamSrv's default video type. */
    public static RaspiCamSrvConfigFolder realistic(Path secretsFile) {
        return new RaspiCamSrvConfigFolder()
                .set("_useAPI", "true")
                .set("_jwtKeyStore", Json.createValue(secretsFile.toString()).toString())
                .set("_jwtAccessTokenExpirationMin", "30")
                .set("_jwtRefreshTokenExpirationDays", "7")
                .set("_requireAuthForStreaming", "false")
                .set("_photoType", "\"png\"")
                .set("_rawPhotoType", "\"dng\"")
                .set("_videoType", "\"mp4\"");
    }

    /** Replaces one known key's value by this JSON text (which need not be valid). */
    public RaspiCamSrvConfigFolder set(String key, String jsonText) {
        known.put(key, jsonText);
        return this;
    }

    public RaspiCamSrvConfigFolder remove(String key) {
        known.remove(key);
        return this;
    }

    public String json() {
        String knownPart = known.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                .collect(Collectors.joining(", "));
        return "{" + knownPart + (knownPart.isEmpty() ? "" : ", ") + OTHERS + "}";
    }

    /** How many top-level keys the file has beside the eight known ones. */
    public static int otherKeys() {
        try (JsonReader reader = Json.createReader(new StringReader("{" + OTHERS + "}"))) {
            return reader.readObject().size();
        }
    }

    /** Writes {@code folder}/serverConfig.json and, when asked, the empty start marker; answers the folder. */
    public Path writeTo(Path folder, boolean startMarker) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve("serverConfig.json"), json().getBytes(StandardCharsets.UTF_8));
        if (startMarker) {
            Files.write(folder.resolve("_loadConfigOnStart.txt"), new byte[0]);
        }
        return folder;
    }
}
