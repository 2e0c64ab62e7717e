package org.camsrv.camera.libcamera;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.logging.Logger;
import org.camsrv.camera.BayerMosaic;
import org.camsrv.camera.Camera;
import org.camsrv.camera.CameraDescription;
import org.camsrv.camera.media.RawFrame;

/**
 * A libcamera camera as CamSrv's {@link Camera}: one still stream in packed RGB, one frame per
 * request. Raw frames are sampled from the RGB frame ({@link BayerMosaic}), not read from the
 * sensor. Opened by {@link LibcameraLoader}, which shares one camera manager between cameras.
 */
public final class LibcameraCamera implements Camera {

    private static final Logger LOG = Logger.getLogger(LibcameraCamera.class.getName());

    /** Long enough for the first frame after start, which waits for the sensor and the ISP to settle. */
    static final Duration FRAME_TIMEOUT = Duration.ofSeconds(5);

    private final LibcameraDevice device;
    private final CameraDescription description;
    private final Runnable onClose;
    private int requestedWidth;
    private int requestedHeight;
    private boolean closed;

    LibcameraCamera(LibcameraDevice device, CameraDescription description, Runnable onClose) {
        this.device = device;
        this.description = description;
        this.onClose = onClose;
    }

    @Override
    public CameraDescription description() {
        return description;
    }

    /** Configures a still stream; the camera may choose a nearby size, which the frames then have. */
    @Override
    public void configure(int width, int height) {
        if (width == requestedWidth && height == requestedHeight && device.layout() != null) {
            return;
        }
        StreamLayout chosen = device.configure(StreamRole.STILL, width, height);
        requestedWidth = width;
        requestedHeight = height;
        if (chosen.width() != width || chosen.height() != height) {
            LOG.info(() -> "Camera " + description.num() + " was asked for " + width + "x" + height
                    + " and chose " + chosen);
        }
    }

    @Override
    public BufferedImage captureFrame() {
        return device.capture(FRAME_TIMEOUT).toImage();
    }

    /** An RGGB mosaic sampled from the next RGB frame, 8 bits deep (white level 255): not sensor data. */
    @Override
    public RawFrame captureRaw() {
        return BayerMosaic.of(captureFrame(), description.model());
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
            LOG.warning(() -> "Camera " + description.num() + " did not close cleanly: " + e.getMessage());
        } finally {
            onClose.run();
        }
    }
}
