package org.camsrv.camera;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camsrv.camera.media.MjpegAviWriter;

/**
 * A video being recorded from the live frames into Motion-JPEG AVI. With a duration it stops by
 * itself after exactly that many frames, so the file plays for the time asked; without one it
 * runs until stopped.
 */
class VideoRecording implements Consumer<LiveFrame> {

    private static final Logger LOG = Logger.getLogger(VideoRecording.class.getName());

    private final Path file;
    private final MjpegAviWriter writer;
    private final long frameLimit;
    private final Runnable whenDone;
    private boolean finished;

    VideoRecording(Path file, int width, int height, double fps, double seconds, Runnable whenDone) throws IOException {
        this.file = file;
        this.writer = new MjpegAviWriter(file, width, height, fps);
        this.frameLimit = seconds > 0 ? Math.max(1, Math.round(seconds * fps)) : Long.MAX_VALUE;
        this.whenDone = whenDone;
    }

    Path file() {
        return file;
    }

    @Override
    public synchronized void accept(LiveFrame frame) {
        if (finished) {
            return;
        }
        if (!writer.hasRoomFor(frame.jpeg().length)) {
            LOG.info(() -> "Video " + file + " reached the AVI size limit; recording ends");
            finish();
            return;
        }
        try {
            writer.addFrame(frame.jpeg());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Video recording to " + file + " failed", e);
            finish();
            return;
        }
        if (writer.frameCount() >= frameLimit) {
            finish();
        }
    }

    /** Ends the recording and closes the file; safe to call more than once. */
    synchronized void finish() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            writer.close();
            LOG.info(() -> "Video recorded: " + file + " (" + writer.frameCount() + " frames)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            whenDone.run();
        }
    }
}
