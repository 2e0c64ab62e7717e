package org.camsrv.camera.media;

/**
 * Raw sensor data: 16-bit samples in an RGGB Bayer mosaic, row by row, with the white level that
 * the sensor's brightest value maps to (e.g. 4095 for a 12-bit sensor).
 */
public record RawFrame(int width, int height, short[] samples, int whiteLevel, String model) {

    public RawFrame {
        if (samples.length != width * height) {
            throw new IllegalArgumentException("Expected " + width * height + " samples, got " + samples.length);
        }
    }
}
