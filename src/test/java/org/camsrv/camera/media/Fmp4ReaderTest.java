package org.camsrv.camera.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Cutting fragmented MP4 into init segment and fragments, on boxes made here (FfmpegLiveEncoderTest has ffmpeg's). */
class Fmp4ReaderTest {

    private static final int SYNC = 0x02000000;
    private static final int NON_SYNC = 0x01010000;

    @Test
    void theInitSegmentIsFtypAndMoovThenEachMoofWithItsMdat() throws IOException {
        byte[] init = concat(box("ftyp", new byte[8]), box("moov", box("mvhd", new byte[4])));
        byte[] key = concat(moofWithFirstSampleFlags(SYNC), box("mdat", new byte[5]));
        byte[] delta = concat(moofWithTfhdFlags(NON_SYNC), box("mdat", new byte[3]));
        Fmp4Reader reader = new Fmp4Reader(new ByteArrayInputStream(concat(init, key, delta)));

        LiveSegment first = reader.next().orElseThrow();
        assertTrue(first.init());
        assertArrayEquals(init, first.bytes());
        LiveSegment second = reader.next().orElseThrow();
        assertTrue(second.keyFrame() && !second.init());
        assertArrayEquals(key, second.bytes());
        LiveSegment third = reader.next().orElseThrow();
        assertFalse(third.keyFrame());
        assertArrayEquals(delta, third.bytes());
        assertTrue(reader.next().isEmpty(), "the end of the stream");
    }

    @Test
    void trexDefaultsCountWhereTheFragmentSaysNothing() throws IOException {
        byte[] trex = box("trex", ByteBuffer.allocate(24).putInt(0).putInt(1).putInt(1).putInt(0).putInt(0).putInt(0).array());
        byte[] init = concat(box("ftyp", new byte[8]), box("moov", box("mvex", trex)));
        byte[] bare = concat(box("moof", box("traf", box("tfhd", ByteBuffer.allocate(8).putInt(0).putInt(1).array()))),
                box("mdat", new byte[1]));
        Fmp4Reader reader = new Fmp4Reader(new ByteArrayInputStream(concat(init, bare)));
        reader.next();
        assertTrue(reader.next().orElseThrow().keyFrame(), "trex's default flags (0) say sync sample");
    }

    @Test
    void aBoxClaimingAHugeSizeIsRefused() {
        byte[] huge = ByteBuffer.allocate(8).putInt(Fmp4Reader.MAX_BOX_BYTES + 1).put("mdat".getBytes(StandardCharsets.ISO_8859_1)).array();
        IOException refused = assertThrows(IOException.class, () -> new Fmp4Reader(new ByteArrayInputStream(huge)).next());
        assertTrue(refused.getMessage().contains("mdat"), refused.getMessage());
        byte[] tiny = ByteBuffer.allocate(8).putInt(3).put("free".getBytes(StandardCharsets.ISO_8859_1)).array();
        assertThrows(IOException.class, () -> new Fmp4Reader(new ByteArrayInputStream(tiny)).next());
    }

    @Test
    void aStreamCutInsideABoxEndsCleanly() throws IOException {
        byte[] init = concat(box("ftyp", new byte[8]), box("moov", new byte[4]));
        byte[] cut = Arrays.copyOf(concat(moofWithFirstSampleFlags(SYNC), box("mdat", new byte[50])), 40);
        Fmp4Reader reader = new Fmp4Reader(new ByteArrayInputStream(concat(init, cut)));
        assertTrue(reader.next().orElseThrow().init());
        assertTrue(reader.next().isEmpty());
    }

    @Test
    void theMimeTypeNamesProfileAndLevelFromAvcC() {
        byte[] avcc = box("avcC", new byte[] {1, 0x64, 0x00, 0x1e, (byte) 0xff});
        assertEquals("video/mp4; codecs=\"avc1.64001e\"", Fmp4Reader.mimeType(concat(box("ftyp", new byte[8]), box("moov", avcc))));
    }

    private static byte[] moofWithFirstSampleFlags(int flags) {
        byte[] tfhd = box("tfhd", ByteBuffer.allocate(8).putInt(0x020000).putInt(1).array());
        byte[] trun = box("trun", ByteBuffer.allocate(16).putInt(0x000005).putInt(1).putInt(100).putInt(flags).array());
        return box("moof", box("traf", concat(tfhd, trun)));
    }

    private static byte[] moofWithTfhdFlags(int flags) {
        byte[] tfhd = box("tfhd", ByteBuffer.allocate(12).putInt(0x020020).putInt(1).putInt(flags).array());
        byte[] trun = box("trun", ByteBuffer.allocate(12).putInt(0x000001).putInt(1).putInt(100).array());
        return box("moof", box("traf", concat(tfhd, trun)));
    }

    private static byte[] box(String type, byte[] content) {
        return ByteBuffer.allocate(8 + content.length).putInt(8 + content.length)
                .put(type.getBytes(StandardCharsets.ISO_8859_1)).put(content).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static void assertArrayEquals(byte[] expected, byte[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual);
    }
}
