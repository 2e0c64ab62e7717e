package org.camsrv.camera;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camsrv.camera.media.VideoWriter;

/**
 * A video being recorded from the live frames. With a duration it stops by itself after exactly that
 * many frames, so the file plays for the time asked; without one it runs until stopped.
 */
class VideoRecording implements Consumer<LiveFrame> {

    private static final Logger LOG = Logger.getLogger(VideoRecording.class.getName());

    private final Path file;
    private final VideoWriter writer;
    private final long frameLimit;
    private final Runnable whenDone;
    /** Guards the frame count and the end; never held while the file is completed, so frames are not held up. */
    private final Object frameLock = new Object();
    private final CountDownLatch complete = new CountDownLatch(1);
    private long frames;
    private boolean finished;

    VideoRecording(Path file, VideoWriter writer, double fps, double seconds, Runnable whenDone) {
        this.file = file;
        this.writer = writer;
        this.frameLimit = seconds > 0 ? Math.max(1, Math.round(seconds * fps)) : Long.MAX_VALUE;
        this.whenDone = whenDone;
    }

    Path file() {
        return file;
    }

    @Override
    public void accept(LiveFrame frame) {
        boolean taken;
        boolean ends;
        synchronized (frameLock) {
            if (finished || frames >= frameLimit) {
                return;
            }
            try {
                taken = writer.write(frame.jpeg());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Video recording to " + file + " failed", e);
                taken = false;
            }
            if (taken) {
                frames++;
            } else {
                LOG.info(() -> "Video " + file + " takes no more frames; recording ends");
            }
            ends = !taken || frames >= frameLimit;
        }
        if (ends) {
            // Completing the file may wait for the encoder: not on the live-frame thread, which viewers share.
            Thread closer = new Thread(this::finish, "camsrv-video-finish");
            closer.setDaemon(true);
            closer.start();
        }
    }

    /** Ends the recording and waits until the file is complete; safe to call more than once, from any thread. */
    void finish() {
        boolean first;
        synchronized (frameLock) {
            first = !finished;
            finished = true;
        }
        if (!first) {
            awaitComplete();
            return;
        }
        try {
            writer.close();
            LOG.info(() -> "Video recorded: " + file + " (" + writer.summary() + ")");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Video " + file + " did not complete cleanly", e);
        } finally {
            try {
                whenDone.run();
            } finally {
                complete.countDown();
            }
        }
    }

    private void awaitComplete() {
        try {
            complete.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
