package org.camsrv.camera.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.camsrv.log.SafeLog;

/**
 * Records JPEG frames as H.264 in fragmented MP4 through an ffmpeg child process. Frames wait in a
 * short queue that a thread of its own feeds to ffmpeg's stdin, so a slow encoder never holds up the
 * live stream or a photo: when the queue is full the frame is dropped and counted.
 *
 * <p>ffmpeg writes straight to the final name, one fragment per key frame (one a second): a recording cut
 * by a crash or a power cut still plays up to its last fragment. If the JVM dies, ffmpeg reads the end of
 * its stdin, completes the file and exits by itself.
 */
public final class FfmpegMp4Writer implements VideoWriter {

    private static final SafeLog LOG = SafeLog.of(FfmpegMp4Writer.class);

    /** How long the feeding thread may take to hand over what is queued once the recording ends. */
    static final long DRAIN_MILLIS = 5_000;
    /** How long ffmpeg may take to encode the rest and close the file after the end of its input. */
    static final long EXIT_MILLIS = 10_000;
    private static final int MAX_LOG_CHARS = 400;

    private final Path file;
    private final Process process;
    private final Path log;
    private final JpegFeed feed;
    private boolean closed;

    /** Starts ffmpeg for a video of JPEG frames at {@code fps}; {@code queuedFrames} frames may wait for it. */
    public FfmpegMp4Writer(H264Encoder encoder, Path file, double fps, int queuedFrames) throws IOException {
        if (!(fps > 0 && fps <= 1000)) {
            throw new IllegalArgumentException("Frame rate must be above 0 and at most 1000, got " + fps);
        }
        this.file = file.toAbsolutePath();
        this.log = Files.createTempFile("camsrv-ffmpeg-", ".log");
        try {
            this.process = new ProcessBuilder(command(encoder, this.file, fps))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(log.toFile())
                    .start();
        } catch (IOException e) {
            Files.deleteIfExists(log);
            throw e;
        }
        this.feed = new JpegFeed(process, queuedFrames, "camsrv-ffmpeg-feed",
                e -> LOG.warning(() -> "ffmpeg stopped taking frames for " + file + ": " + e.getMessage()));
    }

    static List<String> command(H264Encoder encoder, Path file, double fps) {
        // One fragment per key frame, one key frame a second.
        return FfmpegCommand.fromJpegFrames(encoder, encoder.options(), fps, Math.max(1, Math.round(fps)),
                "+frag_keyframe+empty_moov+default_base_moof", file.toString());
    }

    /** Queues one frame, or drops it when ffmpeg lags a whole queue behind; false once ffmpeg is gone. */
    @Override
    public boolean write(byte[] jpeg) {
        if (closed || feed.isBroken() || !process.isAlive()) {
            return false;
        }
        return feed.offer(jpeg);
    }

    /**
     * Hands ffmpeg the queued frames and the end of its input, and waits for it to complete the file;
     * an ffmpeg that does not end in time is stopped (SIGTERM, then SIGKILL), so none outlives the recording.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            feed.end(DRAIN_MILLIS);
            if (!process.waitFor(EXIT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warning(() -> "ffmpeg did not finish " + file + " in time; stopping it");
                process.destroy();
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        String said = tail(log);
        Files.deleteIfExists(log);
        int exit = process.isAlive() ? -1 : process.exitValue();
        if (exit != 0) {
            throw new IOException("ffmpeg ended with " + exit + " writing " + file + (said.isEmpty() ? "" : ": " + said));
        }
    }

    @Override
    public String summary() {
        return feed.taken() + " frames, " + feed.dropped() + " dropped while ffmpeg lagged, H.264 in MP4";
    }

    public long droppedFrames() {
        return feed.dropped();
    }

    /** ffmpeg's process, for tests that stop it the hard way. */
    ProcessHandle encoderProcess() {
        return process.toHandle();
    }

    private static String tail(Path log) {
        try {
            String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip();
            return text.length() > MAX_LOG_CHARS ? "…" + text.substring(text.length() - MAX_LOG_CHARS) : text;
        } catch (IOException e) {
            return "";
        }
    }
}
