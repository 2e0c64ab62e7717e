package org.camsrv.camera.libcamera;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * One frame as copied out of a libcamera buffer: rows {@code stride} bytes apart, each holding
 * {@code width} pixels of {@code format} and then padding that the pipeline may add.
 */
record RgbFrame(int width, int height, int stride, PixelFormat format, byte[] data) {

    RgbFrame {
        int needed = stride * (height - 1) + width * format.bytesPerPixel;
        if (width <= 0 || height <= 0 || stride < width * format.bytesPerPixel || data.length < needed) {
            throw new IllegalArgumentException("A " + width + "x" + height + " " + format + " frame with stride "
                    + stride + " needs " + needed + " bytes, got " + data.length);
        }
    }

    BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int bpp = format.bytesPerPixel;
        for (int y = 0; y < height; y++) {
            int in = y * stride;
            int out = y * width;
            for (int x = 0; x < width; x++, in += bpp) {
                pixels[out + x] = (data[in + format.redOffset] & 0xFF) << 16
                        | (data[in + format.greenOffset] & 0xFF) << 8
                        | data[in + format.blueOffset] & 0xFF;
            }
        }
        return image;
    }
}
