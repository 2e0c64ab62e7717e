package org.camsrv.camera.libcamera;

import java.awt.image.BufferedImage;
import java.time.Duration;
import org.camsrv.log.SafeLog;

/**
 * A libcamera camera opened for stills: one still stream in packed RGB, one frame per request.
 * Opened by {@link LibcameraLoader}, which shares one camera manager between cameras; closing the
 * last camera stops it.
 */
public final class StillCamera implements AutoCloseable {

    private static final SafeLog LOG = SafeLog.of(StillCamera.class);

    /** Long enough for the first frame after start, which waits for the sensor and the ISP to settle. */
    static final Duration FRAME_TIMEOUT = Duration.ofSeconds(5);

    private final LibcameraDevice device;
    private final int number;
    private final String model;
    private final boolean usb;
    private final Runnable onClose;
    private int requestedWidth;
    private int requestedHeight;
    private boolean closed;

    StillCamera(LibcameraDevice device, int number, String model, boolean usb, Runnable onClose) {
        this.device = device;
        this.number = number;
        this.model = model;
        this.usb = usb;
        this.onClose = onClose;
    }

    /** The number it was opened by: 0-based, in libcamera's order. */
    public int number() {
        return number;
    }

    /** The sensor (e.g. "imx219") or a USB camera's product name; "" when libcamera does not say. */
    public String model() {
        return model;
    }

    public boolean usb() {
        return usb;
    }

    /** Configures a still stream; the camera may choose a nearby size, which the frames then have. */
    public void configure(int width, int height) {
        if (width == requestedWidth && height == requestedHeight && device.layout() != null) {
            return;
        }
        StreamLayout chosen = device.configure(StreamRole.STILL, width, height);
        requestedWidth = width;
        requestedHeight = height;
        if (chosen.width() != width || chosen.height() != height) {
            LOG.info(() -> "Camera " + number + " was asked for " + width + "x" + height + " and chose " + chosen);
        }
    }

    public BufferedImage captureFrame() {
        return device.capture(FRAME_TIMEOUT).toImage();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            device.close();
        } catch (LibcameraException e) {
            LOG.warning(() -> "Camera " + number + " did not close cleanly: " + e.getMessage());
        } finally {
            onClose.run();
        }
    }
}
