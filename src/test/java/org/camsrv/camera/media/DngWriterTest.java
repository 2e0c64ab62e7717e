package org.camsrv.camera.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camsrv.camera.SimulatedCamera;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DNG raw photos: a little-endian TIFF whose first directory carries the DNG tags, tag by tag. */
class DngWriterTest {

    private static final int WIDTH = 6;
    private static final int HEIGHT = 4;
    private static final RawFrame FRAME = frame(WIDTH, HEIGHT, 4095, "CamSrv simulated camera");
    private static final TiffReader DNG = new TiffReader(dng(FRAME));

    static Stream<Arguments> integerTags() {
        return Stream.of(
                Arguments.of(254, TiffDirectory.LONG, new long[] {0}),
                Arguments.of(256, TiffDirectory.LONG, new long[] {WIDTH}),
                Arguments.of(257, TiffDirectory.LONG, new long[] {HEIGHT}),
                Arguments.of(258, TiffDirectory.SHORT, new long[] {16}),
                Arguments.of(259, TiffDirectory.SHORT, new long[] {1}),
                Arguments.of(262, TiffDirectory.SHORT, new long[] {32803}),
                Arguments.of(274, TiffDirectory.SHORT, new long[] {1}),
                Arguments.of(277, TiffDirectory.SHORT, new long[] {1}),
                Arguments.of(278, TiffDirectory.LONG, new long[] {HEIGHT}),
                Arguments.of(279, TiffDirectory.LONG, new long[] {WIDTH * HEIGHT * 2}),
                Arguments.of(284, TiffDirectory.SHORT, new long[] {1}),
                Arguments.of(33421, TiffDirectory.SHORT, new long[] {2, 2}),
                Arguments.of(33422, TiffDirectory.BYTE, new long[] {0, 1, 1, 2}),
                Arguments.of(50706, TiffDirectory.BYTE, new long[] {1, 4, 0, 0}),
                Arguments.of(50707, TiffDirectory.BYTE, new long[] {1, 1, 0, 0}),
                Arguments.of(50714, TiffDirectory.LONG, new long[] {0}),
                Arguments.of(50717, TiffDirectory.LONG, new long[] {4095}),
                Arguments.of(50778, TiffDirectory.SHORT, new long[] {21}));
    }

    @ParameterizedTest(name = "tag {0}")
    @MethodSource("integerTags")
    void integerTagHasTheRightTypeCountAndValue(int tag, int type, long[] values) {
        TiffReader.Entry entry = DNG.entry(tag);
        assertEquals(type, entry.type());
        assertEquals(values.length, entry.count());
        assertArrayEquals(values, entry.numbers());
    }

    @Test
    void makeModelAndUniqueCameraModelAreNulTerminatedAscii() {
        assertText(271, "CamSrv");
        assertText(272, "CamSrv simulated camera");
        assertText(50708, "CamSrv simulated camera");
    }

    private static void assertText(int tag, String expected) {
        TiffReader.Entry entry = DNG.entry(tag);
        assertEquals(TiffDirectory.ASCII, entry.type());
        assertEquals(expected.length() + 1, entry.count());
        assertEquals(expected, entry.text());
    }

    @Test
    void colorMatrixIsNineSignedRationalsMappingD65WhiteToNeutral() {
        TiffReader.Entry entry = DNG.entry(50721);
        assertEquals(TiffDirectory.SRATIONAL, entry.type());
        assertEquals(9, entry.count());
        long[] pairs = entry.fractions();
        double[] xyzD65 = {0.95047, 1.0, 1.08883};
        for (int row = 0; row < 3; row++) {
            double sum = 0;
            for (int column = 0; column < 3; column++) {
                int i = 2 * (row * 3 + column);
                assertTrue(pairs[i + 1] > 0, "denominator");
                sum += (double) pairs[i] / pairs[i + 1] * xyzD65[column];
            }
            assertEquals(1.0, sum, 0.01, "row " + row);
        }
        assertTrue(pairs[2] < 0, "XYZ to sRGB has negative entries");
    }

    @Test
    void asShotNeutralIsThreeRationalsOfOne() {
        TiffReader.Entry entry = DNG.entry(50728);
        assertEquals(TiffDirectory.RATIONAL, entry.type());
        assertEquals(3, entry.count());
        assertArrayEquals(new long[] {1, 1, 1, 1, 1, 1}, entry.fractions());
    }

    @Test
    void fileStartsWithTheLittleEndianTiffHeader() {
        assertArrayEquals(new byte[] {'I', 'I', 42, 0}, Arrays.copyOf(DNG.file, 4));
        assertEquals(8, DNG.firstDirectory);
    }

    @Test
    void directoryHoldsExactlyTheListedTagsInAscendingOrder() {
        List<Integer> tags = DNG.entries.stream().map(TiffReader.Entry::tag).toList();
        assertEquals(List.of(254, 256, 257, 258, 259, 262, 271, 272, 273, 274, 277, 278, 279, 284,
                33421, 33422, 50706, 50707, 50708, 50714, 50717, 50721, 50728, 50778), tags);
    }

    @Test
    void thereIsNoSecondDirectory() {
        assertEquals(0, DNG.nextDirectory);
    }

    @Test
    void outOfLineValuesStartOnWordBoundariesInsideTheFile() {
        for (TiffReader.Entry entry : DNG.entries) {
            if (entry.valueOffset() >= 0) {
                assertEquals(0, entry.valueOffset() % 2, "tag " + entry.tag());
                assertTrue(entry.valueOffset() + entry.value().length <= DNG.file.length, "tag " + entry.tag());
            }
        }
    }

    @Test
    void stripHoldsWidthTimesHeightTimesTwoBytesUpToTheEndOfTheFile() {
        TiffReader.Entry offsets = DNG.entry(273);
        assertEquals(TiffDirectory.LONG, offsets.type());
        assertEquals(1, offsets.count());
        long stripOffset = offsets.numbers()[0];
        assertEquals(0, stripOffset % 2);
        assertEquals(DNG.file.length, stripOffset + WIDTH * HEIGHT * 2);
    }

    @Test
    void stripHoldsTheSamplesLittleEndianRowByRow() {
        int stripOffset = (int) DNG.entry(273).numbers()[0];
        ByteBuffer strip = ByteBuffer.wrap(DNG.file, stripOffset, WIDTH * HEIGHT * 2).order(ByteOrder.LITTLE_ENDIAN);
        short[] read = new short[WIDTH * HEIGHT];
        strip.asShortBuffer().get(read);
        assertArrayEquals(FRAME.samples(), read);
    }

    @Test
    void whiteLevelComesFromTheFrame() {
        TiffReader dng = new TiffReader(dng(frame(4, 2, 1023, "m")));
        assertArrayEquals(new long[] {1023}, dng.entry(50717).numbers());
    }

    @Test
    void largeFrameHasItsFullStrip() {
        RawFrame large = new SimulatedCamera().captureRaw();
        TiffReader dng = new TiffReader(dng(large));
        assertArrayEquals(new long[] {1920}, dng.entry(256).numbers());
        assertEquals(dng.file.length, dng.entry(273).numbers()[0] + 1920L * 1080 * 2);
    }

    @Test
    void nonAsciiModelIsWrittenAsAscii() {
        TiffReader dng = new TiffReader(dng(frame(2, 2, 4095, "Kamera ü")));
        assertEquals("Kamera ?", dng.entry(272).text());
    }

    @Test
    void whiteLevelOutsideSixteenBitsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DngWriter.write(frame(2, 2, 70000, "m"),
                OutputStream.nullOutputStream()));
    }

    private static byte[] dng(RawFrame frame) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DngWriter.write(frame, out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    private static RawFrame frame(int width, int height, int whiteLevel, String model) {
        short[] samples = new short[width * height];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (i * 97 % (whiteLevel + 1));
        }
        return new RawFrame(width, height, samples, whiteLevel, model);
    }
}
