package org.camsrv.camera;

import java.awt.image.BufferedImage;
import org.camsrv.camera.media.RawFrame;

/**
 * One physical (or simulated) camera as CamSrv uses it: frames to look at and raw sensor data.
 * Implementations need not be thread-safe; {@code CameraService} serialises every call.
 */
public interface Camera extends AutoCloseable {

    /** What /api/info and the UI header say about this camera. */
    CameraDescription description();

    /** Prepares capturing at this size; called before the first frame and when the size changes. */
    void configure(int width, int height);

    /** The next frame, as RGB. */
    BufferedImage captureFrame();

    /** The next frame as raw sensor data for a DNG photo. */
    RawFrame captureRaw();

    /** Releases the camera; nothing is called afterwards. */
    @Override
    void close();
}
