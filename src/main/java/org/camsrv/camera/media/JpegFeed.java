package org.camsrv.camera.media;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * JPEG frames on their way into an ffmpeg's stdin: a short queue that a thread of its own empties, so
 * that whoever hands in frames (the live-frame thread, which viewers and photos share) never waits for
 * the encoder; a full queue drops the frame and counts it. Recordings and the H.264 live view both feed
 * ffmpeg this way.
 */
final class JpegFeed {

    private final OutputStream stdin;
    private final BlockingQueue<byte[]> queue;
    private final Thread feeder;
    private final Consumer<IOException> onBroken;
    private final AtomicLong taken = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean ending;
    private volatile boolean broken;

    /** @param onBroken told once when ffmpeg stops taking frames */
    JpegFeed(Process ffmpeg, int queuedFrames, String threadName, Consumer<IOException> onBroken) {
        this.stdin = ffmpeg.getOutputStream();
        this.queue = new ArrayBlockingQueue<>(Math.max(1, queuedFrames));
        this.onBroken = onBroken;
        this.feeder = new Thread(this::feed, threadName);
        feeder.setDaemon(true);
        feeder.start();
    }

    /** Queues one frame, or drops it when ffmpeg lags a whole queue behind; false once ffmpeg took no more. */
    boolean offer(byte[] jpeg) {
        if (broken || ending) {
            return false;
        }
        taken.incrementAndGet();
        if (!queue.offer(jpeg)) {
            dropped.incrementAndGet();
        }
        return true;
    }

    boolean isBroken() {
        return broken;
    }

    long taken() {
        return taken.get();
    }

    long dropped() {
        return dropped.get();
    }

    /** Hands over what is queued and closes ffmpeg's stdin, waiting at most {@code millis} for that. */
    void end(long millis) throws InterruptedException {
        ending = true;
        feeder.join(millis);
        if (feeder.isAlive()) {
            feeder.interrupt();
        }
    }

    private void feed() {
        try {
            while (true) {
                byte[] frame = queue.poll(100, TimeUnit.MILLISECONDS);
                if (frame == null) {
                    if (ending) {
                        break;
                    }
                    continue;
                }
                stdin.write(frame);
                stdin.flush();
            }
        } catch (IOException e) {
            broken = true;
            onBroken.accept(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                stdin.close();
            } catch (IOException e) {
                // ffmpeg is gone already; its exit status tells the rest
            }
        }
    }
}
