package org.camsrv.camera.libcamera;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

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
        if (format == PixelFormat.RGB888) {
            return wrappedBgr();
        }
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

    /**
     * RGB888, the format CamSrv asks for, is B, G, R in memory: the layout of TYPE_3BYTE_BGR, which both JPEG
     * encoders read row by row. Wrapping the copied buffer (padding and all) saves a per-pixel conversion.
     */
    private BufferedImage wrappedBgr() {
        DataBufferByte buffer = new DataBufferByte(data, data.length);
        WritableRaster raster = Raster.createInterleavedRaster(buffer, width, height, stride, 3, new int[] {2, 1, 0}, null);
        ColorModel colours = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        return new BufferedImage(colours, raster, false, null);
    }
}
