package org.camsrv.camera;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Motion detection by frame differencing: each live frame is shrunk to a small grey picture and
 * compared with the previous one; when the mean difference passes the threshold, a photo is
 * asked for (at most one per pause, so one event does not fill the disk). Motion is over when no
 * frame has passed the threshold for {@link #QUIET}; both edges are told to a listener.
 */
class MotionCapture implements Consumer<LiveFrame> {

    static final int WIDTH = 64;
    static final int HEIGHT = 48;

    /** How long without a moving frame ends a motion. */
    static final Duration QUIET = Duration.ofSeconds(5);

    private final double threshold;
    private final Duration pause;
    private final Runnable onMotion;
    private final Consumer<Boolean> onMotionState;
    private final Duration quiet;
    private int[] previous;
    private Instant lastEvent = Instant.MIN;
    private Instant lastMoving = Instant.MIN;
    private boolean moving;

    /** @param threshold mean difference of grey levels (0–255) that counts as motion */
    MotionCapture(double threshold, Duration pause, Runnable onMotion) {
        this(threshold, pause, onMotion, state -> { });
    }

    /** @param onMotionState told true when a motion begins and false when it is over */
    MotionCapture(double threshold, Duration pause, Runnable onMotion, Consumer<Boolean> onMotionState) {
        this(threshold, pause, onMotion, onMotionState, QUIET);
    }

    MotionCapture(double threshold, Duration pause, Runnable onMotion, Consumer<Boolean> onMotionState, Duration quiet) {
        this.quiet = quiet;
        this.threshold = threshold;
        this.pause = pause;
        this.onMotion = onMotion;
        this.onMotionState = onMotionState;
    }

    @Override
    public synchronized void accept(LiveFrame frame) {
        int[] grey = shrinkToGrey(frame.image());
        Instant now = Instant.now();
        if (previous != null && meanDifference(previous, grey) > threshold) {
            lastMoving = now;
            if (!moving) {
                moving = true;
                onMotionState.accept(true);
            }
            if (!now.isBefore(lastEvent.plus(pause))) {
                lastEvent = now;
                onMotion.run();
            }
        } else if (moving && !now.isBefore(lastMoving.plus(quiet))) {
            moving = false;
            onMotionState.accept(false);
        }
        previous = grey;
    }

    /** Detection stops: a motion still going on is over for the listener. */
    synchronized void end() {
        if (moving) {
            moving = false;
            onMotionState.accept(false);
        }
    }

    static int[] shrinkToGrey(BufferedImage image) {
        BufferedImage small = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, WIDTH, HEIGHT, null);
        g.dispose();
        return small.getRaster().getPixels(0, 0, WIDTH, HEIGHT, (int[]) null);
    }

    static double meanDifference(int[] a, int[] b) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return (double) sum / a.length;
    }
}
