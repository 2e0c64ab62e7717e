package org.camsrv.camera.libcamera;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.camsrv.camera.RawFrame;

/**
 * An RGGB mosaic sampled from a processed RGB frame, so that raw (DNG) photos work on the
 * libcamera path. It is not sensor data: white balance, gamma and denoising are already applied
 * and the depth is 8 bits. Real sensor data needs a StreamRole::Raw stream in the sensor's own
 * Bayer order, which the shim does not configure yet.
 */
final class BayerMosaic {

    static final int WHITE_LEVEL = 255;

    private BayerMosaic() {
    }

    static RawFrame sample(BufferedImage image, String model) {
        int width = image.getWidth() & ~1;
        int height = image.getHeight() & ~1;
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(image, 0, 0, null);
        }
        int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        short[] samples = new short[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int pixel = pixels[y * rgb.getWidth() + x];
                int shift = (y & 1) == 0 ? ((x & 1) == 0 ? 16 : 8) : ((x & 1) == 0 ? 8 : 0);
                samples[y * width + x] = (short) (pixel >>> shift & 0xFF);
            }
        }
        return new RawFrame(width, height, samples, WHITE_LEVEL, model);
    }
}
