package org.camsrv.camera.libcamera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.junit.jupiter.api.Test;

/** Frames as libcamera hands them over, turned into pictures the JPEG encoders read. */
class RgbFrameTest {

    @Test
    void rgb888IsWrappedAsBgrBytesWithoutACopy() {
        // 2x2 pixels, rows 8 bytes apart (2 bytes of padding): red, green / blue, white.
        byte[] data = {0, 0, (byte) 255, 0, (byte) 255, 0, 9, 9,
                (byte) 255, 0, 0, (byte) 255, (byte) 255, (byte) 255, 9, 9};
        BufferedImage image = new RgbFrame(2, 2, 8, PixelFormat.RGB888, data).toImage();
        assertEquals(BufferedImage.TYPE_3BYTE_BGR, image.getType(), "the layout TurboJPEG takes as it is");
        assertSame(data, ((DataBufferByte) image.getRaster().getDataBuffer()).getData());
        assertEquals(0xFF0000, image.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0x00FF00, image.getRGB(1, 0) & 0xFFFFFF);
        assertEquals(0x0000FF, image.getRGB(0, 1) & 0xFFFFFF);
        assertEquals(0xFFFFFF, image.getRGB(1, 1) & 0xFFFFFF);
    }

    @Test
    void otherFormatsAreStillConvertedPixelByPixel() {
        byte[] data = {0, 0, (byte) 255, 0}; // XRGB8888: B, G, R, X in memory
        BufferedImage image = new RgbFrame(1, 1, 4, PixelFormat.XRGB8888, data).toImage();
        assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
        assertEquals(0xFF0000, image.getRGB(0, 0) & 0xFFFFFF);
    }
}
