package org.camsrv.camera.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.camsrv.camera.simulated.PatternFrames;
import org.camsrv.camera.simulated.TestPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JPEG photos: decodable, sized as the frame, quality within 0..1. */
class ImageIoJpegEncoderTest {

    private static final BufferedImage FRAME = TestPattern.render(320, 240, PatternFrames.T0, 0);

    @Test
    void encodedJpegDecodesAtTheSameSize() throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(new ImageIoJpegEncoder().encode(FRAME, 0.9f)));
        assertEquals(320, decoded.getWidth());
        assertEquals(240, decoded.getHeight());
    }

    @Test
    void encodedJpegStartsWithTheStartOfImageMarker() {
        byte[] jpeg = new ImageIoJpegEncoder().encode(FRAME, 0.9f);
        assertEquals((byte) 0xFF, jpeg[0]);
        assertEquals((byte) 0xD8, jpeg[1]);
        assertEquals((byte) 0xFF, jpeg[jpeg.length - 2]);
        assertEquals((byte) 0xD9, jpeg[jpeg.length - 1]);
    }

    @Test
    void decodedColoursStayCloseAtHighQuality() throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(new ImageIoJpegEncoder().encode(FRAME, 0.95f)));
        // The sixth bar of scene 0 is red.
        int rgb = decoded.getRGB(320 * 5 / 8 + 10, 5);
        assertTrue((rgb >> 16 & 0xFF) > 230 && (rgb >> 8 & 0xFF) < 30 && (rgb & 0xFF) < 30,
                Integer.toHexString(rgb));
    }

    @Test
    void lowerQualityGivesASmallerFile() {
        assertTrue(new ImageIoJpegEncoder().encode(FRAME, 0.2f).length < new ImageIoJpegEncoder().encode(FRAME, 0.95f).length);
    }

    @Test
    void imageWithAlphaIsEncoded() throws IOException {
        BufferedImage argb = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(5, 5, 0xFF00FF00);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(new ImageIoJpegEncoder().encode(argb, 0.8f)));
        assertEquals(40, decoded.getWidth());
        assertEquals(30, decoded.getHeight());
    }

    @ParameterizedTest
    @ValueSource(floats = {0f, 1f})
    void qualityBoundsAreAccepted(float quality) throws IOException {
        assertEquals(320, ImageIO.read(new ByteArrayInputStream(new ImageIoJpegEncoder().encode(FRAME, quality))).getWidth());
    }

    @ParameterizedTest
    @ValueSource(floats = {-0.01f, 1.01f, Float.NaN, Float.POSITIVE_INFINITY})
    void qualityOutsideZeroToOneIsRefused(float quality) {
        assertThrows(IllegalArgumentException.class, () -> new ImageIoJpegEncoder().encode(FRAME, quality));
    }

    @Test
    void missingImageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ImageIoJpegEncoder().encode(null, 0.5f));
    }

    @Test
    void intPackedPicturesBecomeTheSameBytePicture() {
        java.awt.image.BufferedImage rgb = new java.awt.image.BufferedImage(3, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        int[] colours = {0x102030, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF, 0x000000};
        for (int i = 0; i < colours.length; i++) {
            rgb.setRGB(i % 3, i / 3, colours[i]);
        }
        java.awt.image.BufferedImage bgr = ImageIoJpegEncoder.asBgrBytes(rgb);
        org.junit.jupiter.api.Assertions.assertEquals(java.awt.image.BufferedImage.TYPE_3BYTE_BGR, bgr.getType());
        for (int i = 0; i < colours.length; i++) {
            org.junit.jupiter.api.Assertions.assertEquals(colours[i], bgr.getRGB(i % 3, i / 3) & 0xFFFFFF, "pixel " + i);
        }
    }
}
