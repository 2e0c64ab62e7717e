package org.camsrv.camera.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import org.camsrv.log.SafeLog;

/**
 * The live view's H.264 encoder: an ffmpeg child that takes JPEG frames on stdin and writes fragmented MP4 to
 * stdout, one fragment per frame and a key frame every second, so that a viewer sees a frame as soon as
 * it is encoded and a new viewer starts within a second (a shorter interval cost a fifth more bytes). A reader thread cuts stdout into
 * {@link LiveSegment}s and hands them on; frames wait in a short queue, so a slow encoder costs dropped
 * frames, never a held-up live-frame thread.
 */
public final class FfmpegLiveEncoder implements AutoCloseable {

    private static final SafeLog LOG = SafeLog.of(FfmpegLiveEncoder.class);

    private final Process process;
    private final JpegFeed feed;
    private final Thread reader;
    private volatile boolean closing;

    /**
     * Starts ffmpeg.
     *
     * @param segments told of each segment, on the reader thread: it must not wait
     * @param ended told once when ffmpeg ends by itself (not after {@link #close})
     */
    public FfmpegLiveEncoder(H264Encoder encoder, double fps, int queuedFrames, Consumer<LiveSegment> segments,
            Runnable ended) throws IOException {
        if (!(fps > 0 && fps <= 1000)) {
            throw new IllegalArgumentException("Frame rate must be above 0 and at most 1000, got " + fps);
        }
        this.process = new ProcessBuilder(command(encoder, fps))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        this.feed = new JpegFeed(process, queuedFrames, "camsrv-live-h264-feed",
                e -> LOG.fine(() -> "The live view's ffmpeg took no more frames: " + e.getMessage()));
        this.reader = new Thread(() -> read(segments, ended), "camsrv-live-h264-read");
        reader.setDaemon(true);
        reader.start();
    }

    static List<String> command(H264Encoder encoder, double fps) {
        return FfmpegCommand.fromJpegFrames(encoder, encoder.liveOptions(), fps, Math.max(1, Math.round(fps)),
                "+frag_every_frame+empty_moov+default_base_moof", "pipe:1");
    }

    /** Queues one frame; false once ffmpeg is gone. */
    public boolean write(byte[] jpeg) {
        return !closing && process.isAlive() && feed.offer(jpeg);
    }

    public long droppedFrames() {
        return feed.dropped();
    }

    /** ffmpeg's process, for tests and for the Info page's curious owner. */
    public ProcessHandle encoderProcess() {
        return process.toHandle();
    }

    private void read(Consumer<LiveSegment> segments, Runnable ended) {
        try (InputStream out = process.getInputStream()) {
            Fmp4Reader fragments = new Fmp4Reader(out);
            Optional<LiveSegment> segment;
            while ((segment = fragments.next()).isPresent()) {
                segments.accept(segment.get());
            }
        } catch (IOException | RuntimeException e) {
            if (!closing) {
                LOG.log(Level.WARNING, "The live view's H.264 stream broke off", e);
            }
        } finally {
            if (!closing) {
                process.destroyForcibly();
                ended.run();
            }
        }
    }

    /** Stops ffmpeg (end of input, then SIGTERM, then SIGKILL) and waits until it is gone. */
    @Override
    public void close() {
        closing = true;
        try {
            feed.end(500);
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
            reader.join(1000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
