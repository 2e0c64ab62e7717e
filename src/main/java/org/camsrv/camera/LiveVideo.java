package org.camsrv.camera;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import org.camsrv.camera.media.FfmpegLiveEncoder;
import org.camsrv.camera.media.Fmp4Reader;
import org.camsrv.camera.media.H264Encoder;
import org.camsrv.camera.media.LiveSegment;
import org.camsrv.log.SafeLog;

/**
 * A camera's H.264 live view: one ffmpeg for all its viewers, started when the first one comes and
 * stopped a few seconds after the last one leaves (a page reload then finds it still running). It keeps the
 * init segment, so a viewer who joins later gets it and then the fragments from the next key frame on.
 *
 * <p>It has an encoder of its own rather than sharing a recording's, though both are 640x480: a recording wants
 * a fragment a second and the cheapest encoding (ultrafast), the live view a fragment per frame, no look-ahead
 * (zerolatency) and half the bytes (superfast; a quarter of the bit rate on the Pi's hardware encoder); and
 * either one may run without the other.
 */
public class LiveVideo implements AutoCloseable {

    private static final SafeLog LOG = SafeLog.of(LiveVideo.class);

    /** How long the encoder keeps running after the last viewer left. */
    static final long LINGER_MILLIS = 3000;
    /** Frames that may wait for ffmpeg: a third of a second, more would only add delay. */
    private static final int QUEUED_FRAMES = 10;

    private final LiveFrames frames;
    private final Optional<H264Encoder> h264;
    private final double fps;
    private final ScheduledThreadPoolExecutor timer;
    /** Each viewer, and whether it has begun (it waits for a key frame first). */
    private final Map<LiveVideoViewer, Boolean> viewers = new LinkedHashMap<>();
    private FfmpegLiveEncoder encoder;
    private Consumer<LiveFrame> feed;
    private byte[] init;
    private String mimeType;
    private ScheduledFuture<?> stopping;
    /** Counts encoder starts, so that a stopped encoder's late segments are told apart. */
    private long generation;

    LiveVideo(LiveFrames frames, Optional<H264Encoder> h264, double fps) {
        this.frames = frames;
        this.h264 = h264;
        this.fps = fps;
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "camsrv-live-h264-stop");
            thread.setDaemon(true);
            return thread;
        });
        // No thread while nobody watches.
        timer.setKeepAliveTime(LINGER_MILLIS * 2, TimeUnit.MILLISECONDS);
        timer.allowCoreThreadTimeOut(true);
    }

    /** True when this server has an H.264 encoder, so that browsers with Media Source get H.264. */
    public boolean isAvailable() {
        return h264.isPresent();
    }

    /** Adds a viewer, starting the encoder if it is the first; false when there is no encoder or it would not start. */
    public synchronized boolean join(LiveVideoViewer viewer) {
        if (h264.isEmpty()) {
            return false;
        }
        if (stopping != null) {
            stopping.cancel(false);
            stopping = null;
        }
        if (encoder == null && !startEncoder()) {
            return false;
        }
        viewers.put(viewer, false);
        return true;
    }

    public synchronized void leave(LiveVideoViewer viewer) {
        if (viewers.remove(viewer) != null && viewers.isEmpty() && encoder != null && stopping == null) {
            stopping = timer.schedule(this::stopIfUnwatched, LINGER_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** True while ffmpeg runs for the live view. */
    public synchronized boolean isEncoding() {
        return encoder != null;
    }

    public synchronized int viewerCount() {
        return viewers.size();
    }

    private boolean startEncoder() {
        long run = ++generation;
        FfmpegLiveEncoder started;
        try {
            started = new FfmpegLiveEncoder(h264.get(), fps, QUEUED_FRAMES, segment -> receive(run, segment), () -> ended(run));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The H.264 live view could not start ffmpeg", e);
            return false;
        }
        Consumer<LiveFrame> frameFeed = frame -> started.write(frame.jpeg());
        try {
            frames.listen(frameFeed);
        } catch (RuntimeException e) {
            started.close(); // the live frames are shutting down (a restart): no encoder stays behind without frames
            return false;
        }
        encoder = started;
        feed = frameFeed;
        LOG.info(() -> "H.264 live view started (ffmpeg " + started.encoderProcess().pid() + ")");
        return true;
    }

    /** A segment from the encoder of run {@code run}: kept (the init segment) or handed to the viewers. */
    private void receive(long run, LiveSegment segment) {
        List<LiveVideoViewer> waiting;
        List<LiveVideoViewer> watching;
        String type;
        byte[] initSegment;
        synchronized (this) {
            if (run != generation) {
                return; // a stopped encoder's last words
            }
            if (segment.init()) {
                init = segment.bytes();
                mimeType = Fmp4Reader.mimeType(init);
                return;
            }
            List<LiveVideoViewer> ready = segment.keyFrame() && init != null ? viewers.keySet().stream()
                    .filter(viewer -> !viewers.get(viewer)).toList() : List.of();
            ready.forEach(viewer -> viewers.put(viewer, true));
            waiting = ready;
            watching = viewers.keySet().stream().filter(viewers::get).toList();
            type = mimeType;
            initSegment = init;
        }
        // Outside the lock: a viewer that leaves while it is told something must not find it held.
        waiting.forEach(viewer -> viewer.begin(type, initSegment));
        watching.forEach(viewer -> viewer.fragment(segment.bytes(), segment.keyFrame()));
    }

    /** The encoder of run {@code run} ended by itself: its viewers are told, and the next viewer starts a new one. */
    private void ended(long run) {
        List<LiveVideoViewer> told;
        synchronized (this) {
            if (run != generation) {
                return;
            }
            LOG.warning("The H.264 live view's ffmpeg ended by itself; the players reconnect");
            told = List.copyOf(viewers.keySet());
            release();
        }
        told.forEach(LiveVideoViewer::end);
    }

    private void stopIfUnwatched() {
        FfmpegLiveEncoder stopped;
        synchronized (this) {
            stopping = null;
            if (!viewers.isEmpty() || encoder == null) {
                return;
            }
            stopped = release();
        }
        stopped.close();
        LOG.info("H.264 live view stopped: nobody watches");
    }

    /** Forgets the running encoder (its later segments are ignored) and stops feeding it; answers it for closing. */
    private FfmpegLiveEncoder release() {
        FfmpegLiveEncoder running = encoder;
        generation++;
        frames.stopListening(feed);
        encoder = null;
        feed = null;
        init = null;
        mimeType = null;
        viewers.clear();
        return running;
    }

    /** Ends every viewer and the encoder: the camera closes. */
    @Override
    public void close() {
        List<LiveVideoViewer> told;
        FfmpegLiveEncoder running;
        synchronized (this) {
            told = List.copyOf(viewers.keySet());
            running = encoder == null ? null : release();
        }
        told.forEach(LiveVideoViewer::end);
        if (running != null) {
            running.close();
        }
        timer.shutdownNow();
    }
}
