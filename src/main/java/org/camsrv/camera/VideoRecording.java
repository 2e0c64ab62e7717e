package org.camsrv.camera;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import org.camsrv.camera.media.VideoWriter;
import org.camsrv.log.SafeLog;

/**
 * A video being recorded from the live frames. It stops by itself after exactly as many frames as its
 * duration asks, so the file plays for the time asked, and early, as a complete file, once free disk
 * space comes down to the reserve.
 */
class VideoRecording implements Consumer<LiveFrame> {

    private static final SafeLog LOG = SafeLog.of(VideoRecording.class);

    private final Path file;
    private final VideoWriter writer;
    private final long frameLimit;
    private final LongPredicate diskHasRoomFor;
    private final Runnable whenDone;
    /** Guards the frame count and the end; never held while the file is completed, so frames are not held up. */
    private final Object frameLock = new Object();
    private final CountDownLatch complete = new CountDownLatch(1);
    private long frames;
    private boolean finished;
    private boolean ending;

    /**
     * @param seconds how long the video plays (&gt; 0)
     * @param diskHasRoomFor whether this many bytes more still leave the disk reserve free; asked before each
     *        frame (a statvfs, some microseconds), so a recording never writes into the reserve
     */
    VideoRecording(Path file, VideoWriter writer, double fps, double seconds, LongPredicate diskHasRoomFor,
            Runnable whenDone) {
        this.file = file;
        this.writer = writer;
        this.frameLimit = Math.max(1, Math.round(seconds * fps));
        this.diskHasRoomFor = diskHasRoomFor;
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
            if (finished || ending || frames >= frameLimit) {
                return;
            }
            // At the reserve the video ends with the frames it has (a first frame is still taken: none would not play).
            boolean diskFull = frames > 0 && !diskHasRoomFor.test(frame.jpeg().length);
            if (diskFull) {
                LOG.warning(() -> "Video " + file + " ends early: free disk space is down to the reserve");
                taken = false;
            } else {
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
            }
            ends = !taken || frames >= frameLimit;
            ending = ends; // one closer, one log line, however many frames still come
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
