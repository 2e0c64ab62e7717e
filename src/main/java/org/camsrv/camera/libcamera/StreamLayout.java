package org.camsrv.camera.libcamera;

import java.util.Optional;

/**
 * A configured stream as the camera chose it, which may differ from what was asked (libcamera
 * adjusts size and format). {@code frameSize} is 0 where the pipeline does not say.
 */
public record StreamLayout(int width, int height, int stride, int frameSize, int fourcc) {

    /** The format, if it is one CamSrv can read. */
    Optional<PixelFormat> pixelFormat() {
        return PixelFormat.ofFourcc(fourcc);
    }

    /** Bytes a frame needs: the pipeline's figure, else stride times height. */
    int bufferSize() {
        return Math.max(frameSize, stride * height);
    }

    @Override
    public String toString() {
        return width + "x" + height + " " + PixelFormat.name(fourcc) + " stride " + stride;
    }
}
