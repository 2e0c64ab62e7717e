package org.camsrv.camera.simulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.OptionalLong;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The capture time drawn into each simulated frame reads back, also after a lossy JPEG, and nothing else reads as a time. */
class FrameStampTest {

    private static final Instant TIME = Instant.parse("2026-12-03T06:30:15.123Z");

    @ParameterizedTest
    @CsvSource({"640, 480, 0.85", "640, 480, 0.3", "1920, 1080, 0.85", "320, 240, 0.85"})
    void theTimeSurvivesAJpegRoundTrip(int width, int height, float quality) throws IOException {
        BufferedImage frame = TestPattern.render(width, height, TIME, 0);
        assertEquals(OptionalLong.of(TIME.toEpochMilli()), FrameStamp.read(jpegRoundTrip(frame, quality)));
    }

    @Test
    void eachFrameCarriesItsOwnTime() throws IOException {
        for (long step = 0; step < 40; step += 7) {
            Instant time = TIME.plusMillis(step * 33);
            BufferedImage frame = TestPattern.render(640, 480, time, 3);
            assertEquals(OptionalLong.of(time.toEpochMilli()), FrameStamp.read(jpegRoundTrip(frame, 0.85f)));
        }
    }

    @Test
    void aPictureWithoutAStampReadsAsNone() {
        BufferedImage grey = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
        assertTrue(FrameStamp.read(grey).isEmpty());
    }

    @Test
    void oneFlippedBlockIsCaughtByTheCheck() {
        int[] bits = FrameStamp.bits(TIME.toEpochMilli());
        for (int i = 4; i < FrameStamp.CELLS - 4; i++) {
            int[] brightness = brightness(bits);
            brightness[i] = 255 - brightness[i];
            assertTrue(FrameStamp.decode(brightness).isEmpty(), "block " + i + " flipped");
        }
        assertEquals(OptionalLong.of(TIME.toEpochMilli()), FrameStamp.decode(brightness(bits)));
    }

    @Test
    void aBrokenStartOrEndPatternIsRefused() {
        int[] brightness = brightness(FrameStamp.bits(TIME.toEpochMilli()));
        brightness[0] = 0;
        assertTrue(FrameStamp.decode(brightness).isEmpty());
        int[] end = brightness(FrameStamp.bits(TIME.toEpochMilli()));
        end[FrameStamp.CELLS - 1] = 0;
        assertTrue(FrameStamp.decode(end).isEmpty());
        assertTrue(FrameStamp.decode(new int[12]).isEmpty(), "wrong number of blocks");
    }

    @Test
    void blocksAreAtLeastSixteenPixelsAt640x480() {
        assertEquals(16, FrameStamp.cellSize(640));
        assertEquals(480 - 32, FrameStamp.top(640, 480));
    }

    private static int[] brightness(int[] bits) {
        int[] values = new int[bits.length];
        for (int i = 0; i < bits.length; i++) {
            values[i] = bits[i] == 1 ? 230 : 20;
        }
        return values;
    }

    private static BufferedImage jpegRoundTrip(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
