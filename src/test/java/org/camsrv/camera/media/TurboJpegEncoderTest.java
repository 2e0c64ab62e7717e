package org.camsrv.camera.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.camsrv.camera.simulated.PatternFrames;
import org.camsrv.camera.simulated.TestPattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** libjpeg-turbo's JPEGs decode to the picture they were given, from each pixel layout CamSrv's cameras make. */
class TurboJpegEncoderTest {

    private static final Instant T0 = PatternFrames.T0;

    private TurboJpegEncoder turbo;

    @BeforeEach
    void load() {
        StringBuilder why = new StringBuilder();
        turbo = TurboJpegEncoder.load(why::append).orElse(null);
        Assumptions.assumeTrue(turbo != null, "TurboJPEG test skipped: " + why + " (apt-get install libturbojpeg0)");
    }

    @Test
    void aTestPatternPhotoDecodesAtItsSizeAndLooksLikeIt() throws IOException {
        BufferedImage frame = TestPattern.render(1920, 1080, T0, 0);
        assertEquals(BufferedImage.TYPE_3BYTE_BGR, frame.getType(), "the layout compressed without a copy");
        BufferedImage decoded = decode(turbo.encode(frame, 0.85f));
        assertEquals(1920, decoded.getWidth());
        assertEquals(1080, decoded.getHeight());
        assertLooksLike(frame, decoded);
    }

    @Test
    void intPackedFramesAsLibcameraMakesThemKeepTheirColours() throws IOException {
        // Quadrants meeting on 16-pixel block edges, so no colour bleeds into another block's points.
        BufferedImage rgb = new BufferedImage(256, 192, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 192; y++) {
            for (int x = 0; x < 256; x++) {
                rgb.setRGB(x, y, x < 128 ? (y < 96 ? 0xFF0000 : 0x00FF00) : (y < 96 ? 0x0000FF : 0xFFFF00));
            }
        }
        assertLooksLike(rgb, decode(turbo.encode(rgb, 0.9f)));
    }

    @Test
    void greyAndOtherLayoutsAreEncodedToo() throws IOException {
        BufferedImage grey = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(10, 10, 0, 200);
        assertEquals(40, decode(turbo.encode(grey, 0.9f)).getWidth());
        BufferedImage argb = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(5, 5, new Color(10, 200, 30).getRGB());
        assertEquals(30, decode(turbo.encode(argb, 0.9f)).getHeight(), "the JDK's writer takes what TurboJPEG is not given");
    }

    @Test
    void twoPhotosOfTheMovingPatternDiffer() {
        byte[] first = turbo.encode(TestPattern.render(640, 480, T0, 0), 0.85f);
        byte[] second = turbo.encode(TestPattern.render(640, 480, T0.plusMillis(500), 0), 0.85f);
        assertFalse(Arrays.equals(first, second));
    }

    @Test
    void lowerQualityIsSmallerAndBadArgumentsAreRefused() {
        BufferedImage frame = TestPattern.render(640, 480, T0, 0);
        assertTrue(turbo.encode(frame, 0.2f).length < turbo.encode(frame, 0.95f).length);
        assertThrows(IllegalArgumentException.class, () -> turbo.encode(frame, 1.5f));
        assertThrows(IllegalArgumentException.class, () -> turbo.encode(null, 0.5f));
    }

    @Test
    void parallelEncodingsEachGetAHandleAndGiveItBack() throws Exception {
        BufferedImage frame = TestPattern.render(320, 240, T0, 0);
        Thread[] threads = new Thread[4];
        byte[][] results = new byte[threads.length][];
        for (int i = 0; i < threads.length; i++) {
            int n = i;
            threads[i] = new Thread(() -> {
                for (int k = 0; k < 20; k++) {
                    results[n] = turbo.encode(frame, 0.85f);
                }
            });
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        for (byte[] result : results) {
            assertTrue(Arrays.equals(results[0], result), "same picture, same bytes");
        }
        assertTrue(turbo.idleHandles() >= 1 && turbo.idleHandles() <= threads.length + 1, "handles: " + turbo.idleHandles());
    }

    private static BufferedImage decode(byte[] jpeg) throws IOException {
        assertEquals((byte) 0xFF, jpeg[0]);
        assertEquals((byte) 0xD8, jpeg[1]);
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    /** A grid of points well inside flat areas (not on edges, where JPEG blurs) matches within 24 of 255 per channel. */
    private static void assertLooksLike(BufferedImage expected, BufferedImage actual) {
        for (int gy = 1; gy < 8; gy++) {
            for (int gx = 1; gx < 8; gx++) {
                int x = expected.getWidth() * gx / 8 - expected.getWidth() / 32;
                int y = expected.getHeight() * gy / 8 - expected.getHeight() / 32;
                int a = expected.getRGB(x, y);
                int b = actual.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    int difference = Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF));
                    assertTrue(difference <= 24, "pixel " + x + "," + y + ": " + Integer.toHexString(a) + " vs " + Integer.toHexString(b));
                }
            }
        }
    }
}
