package org.camsrv.camera;

import java.awt.image.BufferedImage;
import org.camsrv.camera.media.RawFrame;

/**
 * Turns an RGB picture into what a 12-bit sensor behind an RGGB colour filter would deliver. Values
 * are made linear again (sRGB decoding) because raw data is linear light and a raw developer applies
 * the tone curve itself; without this, a DNG would open washed out. The simulated camera uses it,
 * and so does the libcamera camera until the shim reads the sensor's own raw stream.
 */
public final class BayerMosaic {

    public static final int WHITE_LEVEL = 4095;

    private static final short[] LINEAR = linearTable();

    private BayerMosaic() {
    }

    /** The mosaic of {@code image}, cropped to even width and height so every 2x2 cell is whole. */
    public static RawFrame of(BufferedImage image, String model) {
        int width = image.getWidth() & ~1;
        int height = image.getHeight() & ~1;
        if (width == 0 || height == 0) {
            throw new IllegalArgumentException("A raw frame needs at least 2x2 pixels, got "
                    + image.getWidth() + "x" + image.getHeight());
        }
        int type = image.getType();
        boolean packed = type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB;
        int[] row = new int[width];
        short[] samples = new short[width * height];
        for (int y = 0; y < height; y++) {
            if (packed) {
                // Copies the packed pixels as they are; getRGB would convert each one through the colour model.
                image.getRaster().getDataElements(0, y, width, 1, row);
            } else {
                image.getRGB(0, y, width, 1, row, 0, width);
            }
            int base = y * width;
            // Even rows hold R G R G ..., odd rows G B G B ...
            int firstShift = (y & 1) == 0 ? 16 : 8;
            int secondShift = (y & 1) == 0 ? 8 : 0;
            for (int x = 0; x < width; x += 2) {
                samples[base + x] = LINEAR[(row[x] >> firstShift) & 0xFF];
                samples[base + x + 1] = LINEAR[(row[x + 1] >> secondShift) & 0xFF];
            }
        }
        return new RawFrame(width, height, samples, WHITE_LEVEL, model);
    }

    private static short[] linearTable() {
        short[] table = new short[256];
        for (int i = 0; i < table.length; i++) {
            double v = i / 255d;
            double linear = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
            table[i] = (short) Math.round(linear * WHITE_LEVEL);
        }
        return table;
    }
}
