package org.camsrv.camera;

import java.awt.image.BufferedImage;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.camsrv.log.SafeLog;

/**
 * The live stream: one thread takes frames at a fixed rate while anybody listens (viewers, a
 * video recording, motion detection) and encodes each frame to JPEG once for all of them. Nobody
 * listening, no frames: an idle Pi stays idle.
 */
public class LiveFrames implements AutoCloseable {

    private static final SafeLog LOG = SafeLog.of(LiveFrames.class);

    private final Supplier<BufferedImage> capture;
    private final java.util.function.Function<BufferedImage, byte[]> encode;
    private final long periodMicros;
    private final Set<Consumer<LiveFrame>> listeners = new CopyOnWriteArraySet<>();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "camsrv-live-frames");
        thread.setDaemon(true);
        return thread;
    });
    private final Object newFrame = new Object();
    private ScheduledFuture<?> running;
    private volatile LiveFrame latest;
    private long count;

    public LiveFrames(Supplier<BufferedImage> capture, java.util.function.Function<BufferedImage, byte[]> encode, double fps) {
        this.capture = capture;
        this.encode = encode;
        this.periodMicros = Math.round(1_000_000 / fps);
    }

    public synchronized void listen(Consumer<LiveFrame> listener) {
        listeners.add(listener);
        if (running == null) {
            running = clock.scheduleAtFixedRate(this::takeFrame, 0, periodMicros, TimeUnit.MICROSECONDS);
        }
    }

    public synchronized void stopListening(Consumer<LiveFrame> listener) {
        listeners.remove(listener);
        if (listeners.isEmpty() && running != null) {
            running.cancel(false);
            running = null;
        }
    }

    public boolean isRunning() {
        return running != null;
    }

    /** Waits up to {@code millis} for a frame newer than {@code after}; answers the newest frame, or null on time-out. */
    /** The number of the newest frame so far (0 before the first): a caller that wants a fresh one waits past it. */
    public long latestNumber() {
        LiveFrame frame = latest;
        return frame == null ? 0 : frame.number();
    }

    public LiveFrame nextFrame(long after, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (newFrame) {
            while (latest == null || latest.number() <= after) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return null;
                }
                newFrame.wait(left);
            }
            return latest;
        }
    }

    private void takeFrame() {
        try {
            BufferedImage image = capture.get();
            LiveFrame frame = new LiveFrame(++count, image, encode.apply(image));
            synchronized (newFrame) {
                latest = frame;
                newFrame.notifyAll();
            }
            for (Consumer<LiveFrame> listener : listeners) {
                listener.accept(frame);
            }
        } catch (RuntimeException | LinkageError e) {
            // One bad frame must not end the stream (a scheduled task that throws is never run again): log and go
            // on with the next tick. LinkageError: a native library older than the binding expects.
            LOG.log(Level.WARNING, "A live frame failed", e);
        }
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
