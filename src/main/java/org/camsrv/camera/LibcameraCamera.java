package org.camsrv.camera;

import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.function.Consumer;
import org.camsrv.camera.libcamera.LibcameraLoader;
import org.camsrv.camera.libcamera.StillCamera;
import org.camsrv.camera.media.RawFrame;

/**
 * A libcamera camera as CamSrv's {@link Camera}. It lives here, beside the producer, rather than in
 * camera.libcamera, so that the binding needs nothing of camera and the two packages depend one way.
 * Raw frames are sampled from the RGB frame ({@link BayerMosaic}), not read from the sensor.
 */
final class LibcameraCamera implements Camera {

    private final StillCamera still;
    private final CameraDescription description;

    private LibcameraCamera(StillCamera still) {
        this.still = still;
        this.description = new CameraDescription(still.number(), still.model().isEmpty() ? "unknown" : still.model(),
                still.usb(), false);
    }

    /** Camera {@code number} through the native shim; when empty, {@code reasonLog} has been told why. */
    static Optional<LibcameraCamera> open(int number, Consumer<String> reasonLog) {
        return open(LibcameraLoader.LIBRARY_NAME, number, reasonLog);
    }

    /** The same through the shim named {@code libraryName}: tests give a stub's path. */
    static Optional<LibcameraCamera> open(String libraryName, int number, Consumer<String> reasonLog) {
        return LibcameraLoader.open(libraryName, number, reasonLog).map(LibcameraCamera::new);
    }

    @Override
    public CameraDescription description() {
        return description;
    }

    @Override
    public void configure(int width, int height) {
        still.configure(width, height);
    }

    @Override
    public BufferedImage captureFrame() {
        return still.captureFrame();
    }

    /** An RGGB mosaic sampled from the next RGB frame: not sensor data. */
    @Override
    public RawFrame captureRaw() {
        return BayerMosaic.of(captureFrame(), description.model());
    }

    @Override
    public void close() {
        still.close();
    }
}
