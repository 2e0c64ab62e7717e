package org.camsrv.camera;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.camsrv.data.DataDirectory;
import org.camsrv.settings.SettingsService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cameras CamSrv drives: the active one, which every plain route and page uses, and a second
 * one where the system has it (raspiCamSrv's {@code …2} and {@code …_both} routes). Switching
 * swaps their roles.
 */
@ApplicationScoped
public class CameraService {

    public static final String NO_SECOND_CAMERA = "Second camera is not available";

    @Inject
    CameraProducer producer;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    SettingsService settings;

    @Inject
    Event<CameraEvent> events;

    @Inject
    @ConfigProperty(name = "camsrv.ffmpeg")
    String ffmpeg;

    /** The longest recording, in seconds: a video without a duration (the Live page's Video button) stops here. */
    @Inject
    @ConfigProperty(name = "camsrv.video.max.seconds")
    double maxVideoSeconds;

    /** Free space, in MB, that photos and videos leave for the database, the settings and the logs. */
    @Inject
    @ConfigProperty(name = "camsrv.media.reserve.mb")
    long reserveMegabytes;

    private List<CameraUnit> units;
    private MediaLimits limits;
    private volatile int active;

    private MediaEncoding encoding;
    private MediaLibrary library;
    private Thumbnails thumbnails;

    @PostConstruct
    void open() {
        MediaFiles media = new MediaFiles(dataDirectory.mediaFolder());
        library = new MediaLibrary(dataDirectory.mediaFolder());
        thumbnails = new Thumbnails(library);
        encoding = MediaEncoding.choose(ffmpeg);
        limits = new MediaLimits(maxVideoSeconds, reserveMegabytes * 1024 * 1024);
        units = producer.openCameras().stream()
                .map(camera -> new CameraUnit(camera, media, settings::parameters, encoding, events::fire, limits))
                .toList();
    }

    /** The longest recording and the disk reserve this server keeps. */
    public MediaLimits limits() {
        return limits;
    }

    /** The photos and videos taken so far. */
    public MediaLibrary library() {
        return library;
    }

    public Thumbnails thumbnails() {
        return thumbnails;
    }

    @PreDestroy
    void close() {
        units.forEach(CameraUnit::close);
    }

    /** The active camera. */
    public CameraUnit active() {
        return units.get(active);
    }

    /** The other camera, when there is one. */
    public Optional<CameraUnit> second() {
        return units.size() > 1 ? Optional.of(units.get(1 - active)) : Optional.empty();
    }

    public CameraUnit requireSecond() throws CameraException {
        return second().orElseThrow(() -> new CameraException(NO_SECOND_CAMERA));
    }

    public List<CameraUnit> all() {
        return units;
    }

    /** Makes the other camera the active one, unless the active one is busy recording or detecting motion. */
    public synchronized CameraDescription switchCameras(Operator who) throws CameraException {
        who.requireSuperUser("switch cameras");
        if (units.size() < 2) {
            throw new CameraException("No other camera available");
        }
        CameraUnit current = active();
        if (current.isCapturingMotion()) {
            throw new CameraException("Cameras cannot be switched because triggered capturing is active");
        }
        if (current.isRecordingVideo()) {
            throw new CameraException("Cameras cannot be switched because video recording is active");
        }
        active = 1 - active;
        return active().description();
    }

    // The active camera, for the plain routes and the pages.

    public CameraDescription description() {
        return active().description();
    }

    public Path takePhoto() throws CameraException {
        return active().takePhoto();
    }

    public Path takeRawPhoto() throws CameraException {
        return active().takeRawPhoto();
    }

    public Path startVideo(double seconds, Operator who) throws CameraException {
        return active().startVideo(seconds, who);
    }

    public Path stopVideo(Operator who) throws CameraException {
        return active().stopVideo(who);
    }

    public Consumer<LiveFrame> startViewing() {
        return active().startViewing();
    }

    /** Stops viewing on whichever camera the viewer started on. */
    public void stopViewing(Consumer<LiveFrame> viewer) {
        units.forEach(unit -> unit.stopViewing(viewer));
    }

    public LiveFrame nextLiveFrame(long after, long waitMillis) throws InterruptedException {
        return active().nextLiveFrame(after, waitMillis);
    }

    public boolean isLiveStreamActive() {
        return active().isLiveStreamActive();
    }

    public boolean isRecordingVideo() {
        return active().isRecordingVideo();
    }

    public boolean isCapturingMotion() {
        return active().isCapturingMotion();
    }

    /** raspiCamSrv's words for a camera: "open - started" while it takes pictures (the active one always), else "closed". */
    public String status(CameraUnit unit) {
        boolean started = unit == active() || unit.isLiveStreamActive() || unit.isRecordingVideo() || unit.isCapturingMotion();
        return started ? "open - started" : "closed";
    }

    /** What writes photos, raw photos, videos and the live view with today's settings. */
    public Encoders encoders() {
        return active().encoders();
    }

    /** Why the live view cannot be H.264 on this server (no encoder), or empty when it can. */
    public Optional<String> whyNoLiveH264() {
        return active().liveVideo().isAvailable() ? Optional.empty() : Optional.of(encoding.whyNoH264());
    }

    /** The H.264 codec videos are recorded with ("h264_v4l2m2m", "libx264"), or "mjpeg-avi" for the fallback. */
    public String videoEncoder() {
        return active().videoEncoder();
    }
}
