package org.camsrv.camera;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.camsrv.camera.media.DngWriter;
import org.camsrv.camera.media.FfmpegMp4Writer;
import org.camsrv.camera.media.MjpegAviWriter;
import org.camsrv.camera.media.RawFrame;
import org.camsrv.camera.media.VideoWriter;
import org.camsrv.log.SafeLog;
import org.camsrv.settings.GeneralParameters;

/**
 * Shares one camera between everything that wants it: photos, raw photos, the live stream, a
 * video recording and motion detection. Every call into the camera holds one lock, so a photo
 * taken during live view or a recording waits for the current frame instead of corrupting it.
 */
public class CameraUnit implements AutoCloseable {

    private static final SafeLog LOG = SafeLog.of(CameraUnit.class);

    public static final int PHOTO_WIDTH = 1920;
    public static final int PHOTO_HEIGHT = 1080;
    public static final int LIVE_WIDTH = 640;
    public static final int LIVE_HEIGHT = 480;
    public static final double LIVE_FPS = 30;
    static final float JPEG_QUALITY = 0.85f;

    private final Camera camera;
    private final Supplier<GeneralParameters> parameters;
    private final MediaEncoding encoding;
    private final Consumer<CameraEvent> events;

    private final ReentrantLock cameraLock = new ReentrantLock();
    /**
     * A full-size photo needs some 15 MB of heap while it is encoded; two at a time keep both
     * cores busy and a burst of requests inside the Pi's small heap (four at once ran out of it).
     */
    private final Semaphore photoSlots = new Semaphore(2, true);
    private final java.util.concurrent.ExecutorService motionPhotos = java.util.concurrent.Executors.newSingleThreadExecutor(
            runnable -> {
                Thread thread = new Thread(runnable, "camsrv-motion-photo");
                thread.setDaemon(true);
                return thread;
            });
    private final MediaFiles media;
    private final LiveFrames live;
    private final LiveVideo liveVideo;
    private final MediaLimits limits;
    private final DiskReserve reserve;
    private volatile VideoRecording recording;
    /** Who started the running recording: a plain user may not stop a SuperUser's. */
    private volatile Operator recordingBy;
    private volatile MotionCapture motion;
    private int configuredWidth;
    private int configuredHeight;

    /**
     * @param parameters the running general parameters: file types and the motion threshold
     * @param encoding the encoders chosen at start
     */
    public CameraUnit(Camera camera, MediaFiles media, Supplier<GeneralParameters> parameters, MediaEncoding encoding) {
        this(camera, media, parameters, encoding, event -> { });
    }

    /** @param events told what the camera did; it must return at once and never throw */
    public CameraUnit(Camera camera, MediaFiles media, Supplier<GeneralParameters> parameters, MediaEncoding encoding,
            Consumer<CameraEvent> events) {
        this(camera, media, parameters, encoding, events, MediaLimits.DEFAULTS);
    }

    /** @param limits the longest recording and the free space media leave on the disk */
    public CameraUnit(Camera camera, MediaFiles media, Supplier<GeneralParameters> parameters, MediaEncoding encoding,
            Consumer<CameraEvent> events, MediaLimits limits) {
        this.limits = limits;
        this.reserve = new DiskReserve(media.folder(), limits.reserveBytes());
        this.events = events;
        this.camera = camera;
        this.media = media;
        this.parameters = parameters;
        this.encoding = encoding;
        this.live = new LiveFrames(() -> capture(LIVE_WIDTH, LIVE_HEIGHT), this::jpeg, LIVE_FPS);
        this.liveVideo = new LiveVideo(live, encoding.h264(), LIVE_FPS);
    }

    /** Stops the stream, a recording and motion detection, and releases the camera. */
    @Override
    public void close() {
        if (recording != null) {
            recording.finish();
        }
        liveVideo.close();
        live.close();
        motionPhotos.shutdownNow();
        cameraLock.lock();
        try {
            camera.close();
        } finally {
            cameraLock.unlock();
        }
    }

    public CameraDescription description() {
        return camera.description();
    }

    public Path takePhoto() throws CameraException {
        reserve.requireRoom("a photo", 0);
        takeSlot();
        try {
            BufferedImage image = capture(PHOTO_WIDTH, PHOTO_HEIGHT);
            return told(CameraEvent.Kind.PHOTO_TAKEN, save(parameters.get().photoType(), encode(image, parameters.get().photoType())));
        } finally {
            photoSlots.release();
        }
    }

    /** A DNG with the sensor data, and beside it a photo of the same moment, as raspiCamSrv does. */
    public Path takeRawPhoto() throws CameraException {
        reserve.requireRoom("a raw photo", 0);
        takeSlot();
        try {
            return told(CameraEvent.Kind.PHOTO_TAKEN, takeRawPhotoInSlot());
        } finally {
            photoSlots.release();
        }
    }

    private Path takeRawPhotoInSlot() throws CameraException {
        RawFrame raw;
        BufferedImage image;
        cameraLock.lock();
        try {
            configure(PHOTO_WIDTH, PHOTO_HEIGHT);
            raw = camera.captureRaw();
            image = camera.captureFrame();
        } catch (RuntimeException e) {
            throw new CameraException("The camera could not take a raw photo: " + e.getMessage(), e);
        } finally {
            cameraLock.unlock();
        }
        ByteArrayOutputStream dng = new ByteArrayOutputStream();
        try {
            DngWriter.write(raw, dng);
        } catch (IOException e) {
            throw new CameraException("The raw photo could not be written", e);
        }
        Path rawFile = save(parameters.get().rawPhotoType(), dng.toByteArray());
        save(parameters.get().photoType(), encode(image, parameters.get().photoType()));
        return rawFile;
    }

    /** {@link #startVideo(double, Operator)} for the server's owner (MQTT commands). */
    public Path startVideo(double seconds) throws CameraException {
        return startVideo(seconds, Operator.OWNER_SETUP);
    }

    /**
     * Starts recording. It stops by itself after {@code seconds} (0: when stopped), after the maximum recording
     * length at the latest, and when free disk space comes down to the reserve.
     */
    public synchronized Path startVideo(double seconds, Operator who) throws CameraException {
        if (recording != null) {
            throw new CameraException("A video is being recorded already");
        }
        reserve.requireRoom("a video", 0);
        try {
            String type = encoding.videoTypeFor(parameters.get().videoType());
            Path file = media.newFile(LocalDateTime.now(), type, description().num());
            Files.delete(file); // the writer puts the file under this name
            VideoRecording video = new VideoRecording(file, videoWriter(type, file), LIVE_FPS,
                    limits.recordingSeconds(seconds), reserve::hasRoomFor, this::videoDone);
            recording = video;
            recordingBy = who;
            try {
                live.listen(video);
            } catch (RuntimeException e) {
                // The live frames are shutting down (a restart): no encoder may stay behind without frames.
                recording = null;
                video.finish();
                throw new CameraException("The video could not be started: " + e.getMessage(), e);
            }
            return told(CameraEvent.Kind.VIDEO_STARTED, file);
        } catch (IOException e) {
            throw new CameraException("The video could not be started: " + e.getMessage(), e);
        }
    }

    private VideoWriter videoWriter(String type, Path file) throws IOException {
        if ("mp4".equals(type)) {
            // One second of frames may wait for ffmpeg; beyond that frames are dropped, never the live stream held up.
            return new FfmpegMp4Writer(encoding.h264().orElseThrow(), file, LIVE_FPS, (int) LIVE_FPS);
        }
        return new MjpegAviWriter(file, LIVE_WIDTH, LIVE_HEIGHT, LIVE_FPS);
    }

    /** What writes photos, raw photos, videos and the live view with today's settings. */
    public Encoders encoders() {
        return Encoders.of(parameters.get().photoType(), parameters.get().videoType(), encoding);
    }

    /** The H.264 codec videos are recorded with, or "mjpeg-avi" for the fallback. */
    public String videoEncoder() {
        return "mp4".equals(encoding.videoTypeFor(parameters.get().videoType())) ? encoding.videoEncoderName()
                : MediaEncoding.AVI_FALLBACK;
    }

    /** {@link #stopVideo(Operator)} for the server's owner (MQTT commands). */
    public Path stopVideo() throws CameraException {
        return stopVideo(Operator.OWNER_SETUP);
    }

    /** Stops the recording and waits until its file is complete; a plain user may not stop a SuperUser's. */
    public Path stopVideo(Operator who) throws CameraException {
        VideoRecording video = recording;
        if (video == null) {
            throw new CameraException("No video recording in progress");
        }
        requireMayStopVideo(who);
        video.finish();
        return video.file();
    }

    /** Refuses a plain user who would stop a recording that a SuperUser (or the owner's MQTT set-up) started. */
    public void requireMayStopVideo(Operator who) throws CameraRefusedException {
        Operator startedBy = recordingBy;
        if (recording != null && startedBy != null && startedBy.superUser()) {
            who.requireSuperUser("stop a recording a SuperUser started");
        }
    }

    private synchronized void videoDone() {
        VideoRecording done = recording;
        recording = null;
        if (done != null) {
            live.stopListening(done);
            told(CameraEvent.Kind.VIDEO_RECORDED, done.file());
        }
    }

    /** Starts motion detection; when it runs already, starts it anew (with today's threshold), as raspiCamSrv does. */
    public synchronized void startMotionCapture() {
        if (motion != null) {
            live.stopListening(motion);
            motion.end();
        }
        motion = new MotionCapture(parameters.get().motionThreshold(), Duration.ofSeconds(2), this::photoOnMotion,
                moving -> told(moving ? CameraEvent.Kind.MOTION_START : CameraEvent.Kind.MOTION_END, null));
        live.listen(motion);
        told(CameraEvent.Kind.MOTION_CAPTURE_STARTED, null);
        LOG.info("Motion detection started");
    }

    public synchronized void stopMotionCapture() throws CameraException {
        if (motion == null) {
            throw new CameraException("Motion detection is not active");
        }
        live.stopListening(motion);
        motion.end();
        motion = null;
        told(CameraEvent.Kind.MOTION_CAPTURE_STOPPED, null);
        LOG.info("Motion detection stopped");
    }

    private void photoOnMotion() {
        // Not on the live-frame thread: a full-size photo takes longer than a frame.
        motionPhotos.execute(() -> {
            try {
                LOG.info("Motion detected: " + takePhoto());
            } catch (CameraException e) {
                LOG.log(Level.WARNING, "Motion photo failed", e);
            }
        });
    }

    /** Keeps the live stream running for a viewer; call {@link #stopViewing} when the viewer leaves. */
    public Consumer<LiveFrame> startViewing() {
        // An object of its own for each viewer: a lambda that captures nothing is one shared instance, so the first
        // viewer to leave removed every viewer and stopped the camera for the others (their stream froze).
        Consumer<LiveFrame> viewer = new Consumer<>() {
            @Override
            public void accept(LiveFrame frame) {
                // Only held so that the camera keeps taking frames.
            }
        };
        live.listen(viewer);
        return viewer;
    }

    public void stopViewing(Consumer<LiveFrame> viewer) {
        live.stopListening(viewer);
    }

    /** The H.264 live view: one encoder for every viewer of this camera. */
    public LiveVideo liveVideo() {
        return liveVideo;
    }

    /** The newest live frame's number: a snapshot waits for a frame after it, never a stored old one. */
    public long latestLiveFrameNumber() {
        return live.latestNumber();
    }

    public LiveFrame nextLiveFrame(long after, long waitMillis) throws InterruptedException {
        return live.nextFrame(after, waitMillis);
    }

    public boolean isLiveStreamActive() {
        return live.isRunning();
    }

    public boolean isRecordingVideo() {
        return recording != null;
    }

    public boolean isCapturingMotion() {
        return motion != null;
    }

    /** Tells the listener; whatever goes wrong there stays there, so a photo or a video never fails for it. */
    private Path told(CameraEvent.Kind kind, Path file) {
        try {
            events.accept(new CameraEvent(kind, description().num(), file == null ? "" : file.getFileName().toString(),
                    java.time.Instant.now()));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "A camera event listener failed", e);
        }
        return file;
    }

    private void takeSlot() throws CameraException {
        try {
            photoSlots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CameraException("The photo was cancelled");
        }
    }

    private BufferedImage capture(int width, int height) {
        cameraLock.lock();
        try {
            configure(width, height);
            return camera.captureFrame();
        } finally {
            cameraLock.unlock();
        }
    }

    private void configure(int width, int height) {
        if (width != configuredWidth || height != configuredHeight) {
            camera.configure(width, height);
            configuredWidth = width;
            configuredHeight = height;
        }
    }

    private Path save(String extension, byte[] content) throws CameraException {
        reserve.requireRoom("a photo", content.length);
        Path file = null;
        try {
            file = media.newFile(LocalDateTime.now(), extension, description().num());
            media.write(file, content);
            return file;
        } catch (IOException e) {
            deleteQuietly(file); // the empty file that held the name: no half-made photo stays in the list
            throw new CameraException("The file could not be saved in " + media.folder() + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "An unfinished photo could not be removed", e);
        }
    }

    private byte[] encode(BufferedImage image, String type) throws CameraException {
        if ("jpg".equals(type)) {
            return jpeg(image);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, type, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new CameraException("The photo could not be encoded as " + type, e);
        }
    }

    private byte[] jpeg(BufferedImage image) {
        return encoding.jpeg().encode(image, JPEG_QUALITY);
    }
}
