package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Predicate;
import org.camsrv.auth.token.ApiActivation;
import org.camsrv.camera.CameraDescription;
import org.camsrv.camera.CameraProducer;
import org.camsrv.camera.CameraService;
import org.camsrv.camera.CameraUnit;
import org.camsrv.camera.Encoders;
import org.camsrv.data.DataDirectory;
import org.camsrv.mqtt.MqttStatus;
import org.camsrv.mqtt.MqttService;
import org.camsrv.settings.SettingsService;

/**
 * The Info page: what an owner looks for when something is wrong, gathered fresh for each view.
 * A user who is not a SuperUser sees everything but the paths.
 */
@Named
@RequestScoped
public class InfoPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");
    private static final String RESOLUTION = "photos " + CameraUnit.PHOTO_WIDTH + "×" + CameraUnit.PHOTO_HEIGHT
            + ", live view and videos " + CameraUnit.LIVE_WIDTH + "×" + CameraUnit.LIVE_HEIGHT
            + " at " + Math.round(CameraUnit.LIVE_FPS) + " fps";

    @Inject
    AppInfo appInfo;

    @Inject
    CameraService cameras;

    @Inject
    CameraProducer producer;

    @Inject
    SettingsService settings;

    @Inject
    DataDirectory data;

    @Inject
    ApiActivation activation;

    @Inject
    StreamViewers viewers;

    @Inject
    MqttService mqtt;

    @Inject
    CurrentUser currentUser;

    private InfoFacts facts;

    private InfoFacts facts() {
        if (facts == null) {
            InfoFacts all = gather();
            facts = currentUser.isSuperUser() ? all : all.withoutPaths();
        }
        return facts;
    }

    public List<String> getWarnings() {
        return facts().warnings();
    }

    public List<InfoFacts.Group> getGroups() {
        return facts().groups();
    }

    /** The same facts as plain text, for Copy as text. */
    public String getText() {
        return facts().asText();
    }

    public boolean isPathsHidden() {
        return !currentUser.isSuperUser();
    }

    private InfoFacts gather() {
        InfoFacts.Builder info = InfoFacts.builder();
        server(info);
        cameras(info);
        running(info);
        encoders(info);
        storage(info);
        api(info);
        mqtt(info);
        return info.build();
    }

    private void server(InfoFacts.Builder info) {
        Runtime runtime = Runtime.getRuntime();
        info.group("Server")
                .fact("CamSrv", appInfo.getVersion())
                .fact("Open Liberty", PlatformVersions.openLiberty())
                .fact("Java", PlatformVersions.java())
                .fact("Operating system", PlatformVersions.operatingSystem())
                .fact("Java heap", FactFormat.bytes(runtime.totalMemory() - runtime.freeMemory()) + " used of "
                        + FactFormat.bytes(runtime.maxMemory()))
                .fact("Uptime", FactFormat.duration(Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime())))
                .fact("Server time", TIME.format(ZonedDateTime.now()));
    }

    private void cameras(InfoFacts.Builder info) {
        CameraDescription active = cameras.description();
        info.group("Cameras")
                .fact("In use", "Camera " + active.num() + " (" + active.model() + ")")
                .fact("Why these cameras", active.simulated() ? "simulated camera, because " + producer.reason() : producer.reason());
        for (CameraUnit unit : cameras.all()) {
            CameraDescription camera = unit.description();
            info.group("Camera " + camera.num())
                    .fact("Model", camera.model())
                    .fact("Simulated", FactFormat.yesNo(camera.simulated()))
                    .fact("USB", FactFormat.yesNo(camera.usb()))
                    .fact("Active", FactFormat.yesNo(unit == cameras.active()))
                    .fact("Status", cameras.status(unit))
                    .fact("Resolution", RESOLUTION);
        }
    }

    private void running(InfoFacts.Builder info) {
        info.group("Now running")
                .fact("Live stream viewers", FactFormat.count(viewers.total()))
                .fact("Live stream", camerasThat(CameraUnit::isLiveStreamActive))
                .fact("Video recording", camerasThat(CameraUnit::isRecordingVideo))
                .fact("Motion capture", camerasThat(CameraUnit::isCapturingMotion));
    }

    /** "Camera 0", "Camera 0, Camera 1" or "none". */
    private String camerasThat(Predicate<CameraUnit> doing) {
        List<String> names = cameras.all().stream().filter(doing).map(unit -> "Camera " + unit.description().num()).toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private void encoders(InfoFacts.Builder info) {
        Encoders encoders = cameras.encoders();
        info.group("Encoders")
                .fact("Photos", encoders.photos())
                .fact("Raw photos", encoders.rawPhotos())
                .fact("Videos", encoders.videos())
                .fact("Live view", encoders.liveView());
    }

    private void storage(InfoFacts.Builder info) {
        Path root = data.root();
        Path media = settings.mediaFolder();
        info.group("Storage").path("Data folder", root.toString());
        try {
            DiskSpace disk = DiskSpace.of(root);
            info.fact("Free disk space", disk.describe());
            disk.warning().ifPresent(info::warning);
        } catch (IOException e) {
            info.fact("Free disk space", "unknown: the disk did not answer");
        }
        info.path("Media folder", media.toString());
        try {
            info.fact("Media folder size", FolderSize.of(media, FolderSize.MAX_FILES).describe());
        } catch (IOException e) {
            info.fact("Media folder size", "unknown: the folder could not be read");
        }
    }

    private void mqtt(InfoFacts.Builder info) {
        MqttStatus status = mqtt.status();
        info.group("MQTT")
                .fact("MQTT", status.text())
                .fact("Messages dropped (broker away or slow)", Long.toString(status.dropped()));
    }

    private void api(InfoFacts.Builder info) {
        String secretsFile = settings.apiSettings().secretsFilePath();
        info.group("API")
                .fact("API", activation.isActive() ? "active" : "not active")
                .fact("Status", settings.apiStatus().text());
        if (secretsFile.isBlank()) {
            info.fact("Secrets file", "none set");
        } else {
            info.path("Secrets file", secretsFile);
        }
    }
}
