package org.camsrv.camera;

import java.awt.image.BufferedImage;
import java.lang.ref.SoftReference;
import java.time.Clock;
import org.camsrv.camera.media.RawFrame;
import org.camsrv.camera.simulated.TestPattern;

/**
 * The camera CamSrv uses when no real one is found: it draws the {@link TestPattern} for the current
 * time. The clock is injectable so tests get exact frames, and the scene can be switched so a test can
 * script the sudden change that motion detection must notice.
 */
public final class SimulatedCamera implements Camera {

    public static final String MODEL = "CamSrv simulated camera";

    /** The largest width or height accepted; a 8192x8192 frame already takes 256 MiB. */
    public static final int MAX_SIZE = 8192;

    private final CameraDescription description;
    private final Clock clock;
    private int width = 1920;
    private int height = 1080;
    private volatile int scene;
    private final ThreadLocal<SoftReference<BufferedImage>> frames = new ThreadLocal<>();

    /** A camera on the system clock, 1920x1080 until configured. */
    public SimulatedCamera() {
        this(Clock.systemUTC());
    }

    public SimulatedCamera(Clock clock) {
        this(0, clock);
    }

    /** Camera number {@code num}: a second simulated camera lets multi-camera routes run without hardware. */
    public SimulatedCamera(int num, Clock clock) {
        if (clock == null) {
            throw new IllegalArgumentException("A clock is required");
        }
        this.clock = clock;
        this.description = new CameraDescription(num, MODEL, false, true);
    }

    @Override
    public CameraDescription description() {
        return description;
    }

    /** Sets the frame size; a width or height under 2 (no whole Bayer cell) or over {@link #MAX_SIZE} is refused. */
    @Override
    public void configure(int width, int height) {
        if (width < 2 || height < 2 || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("Frame size must be 2.." + MAX_SIZE + " on each side, got "
                    + width + "x" + height);
        }
        this.width = width;
        this.height = height;
    }

    /** Switches what the camera "sees"; takes effect with the next frame and may be called from any thread. */
    public void setScene(int scene) {
        this.scene = scene;
    }

    @Override
    public BufferedImage captureFrame() {
        BufferedImage frame = reusableFrame();
        TestPattern.renderInto(frame, clock.instant(), scene);
        return frame;
    }

    /**
     * This thread's picture of the configured size, drawn over again at each capture: a new 6 MB picture per
     * photo filled the small heap so fast that full garbage collections set the pace (30 photos/s, 47 full
     * collections in 6 s). Callers use a frame before their thread captures again (they encode it or copy it
     * into a mosaic); softly held, so that a heap in need can have it back.
     */
    private BufferedImage reusableFrame() {
        SoftReference<BufferedImage> held = frames.get();
        BufferedImage frame = held == null ? null : held.get();
        if (frame == null || frame.getWidth() != width || frame.getHeight() != height) {
            frame = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
            frames.set(new SoftReference<>(frame));
        }
        return frame;
    }

    /** The current frame as an RGGB mosaic, with width and height rounded down to even numbers. */
    @Override
    public RawFrame captureRaw() {
        return BayerMosaic.of(captureFrame(), MODEL);
    }

    /** Nothing to release; may be called any number of times. */
    @Override
    public void close() {
    }
}
