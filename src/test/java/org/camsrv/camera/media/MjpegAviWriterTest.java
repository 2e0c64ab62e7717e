package org.camsrv.camera.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.camsrv.camera.media.RiffReader.Chunk;
import org.camsrv.camera.simulated.PatternFrames;
import org.camsrv.camera.simulated.TestPattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Motion-JPEG AVI videos: container headers, frames, index, duration and the final name only at close. */
class MjpegAviWriterTest {

    private static final int FRAMES = 25;
    private static final double FPS = 10;
    private static final int WIDTH = 160;
    private static final int HEIGHT = 120;

    @TempDir
    Path folder;

    private Path video;
    private List<byte[]> jpegs;
    private byte[] file;
    private ByteBuffer bytes;
    private Chunk riff;

    @BeforeEach
    void writeVideo() throws IOException {
        video = folder.resolve("video.avi");
        jpegs = new ArrayList<>();
        try (MjpegAviWriter writer = new MjpegAviWriter(video, WIDTH, HEIGHT, FPS)) {
            for (int i = 0; i < FRAMES; i++) {
                byte[] jpeg = new ImageIoJpegEncoder().encode(
                        TestPattern.render(WIDTH, HEIGHT, PatternFrames.T0.plusMillis(Math.round(i * 1000 / FPS)), 0), 0.7f);
                jpegs.add(jpeg);
                writer.addFrame(jpeg);
            }
        }
        file = Files.readAllBytes(video);
        bytes = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        riff = RiffReader.read(file);
    }

    @Test
    void fileIsARiffAviWhoseSizeCoversTheWholeFile() {
        assertEquals("RIFF", riff.id());
        assertEquals("AVI ", riff.type());
        assertEquals(file.length - 8, riff.size());
    }

    @Test
    void topLevelChunksAreHeaderListMovieListAndIndex() {
        assertEquals(List.of("hdrl", "movi", "idx1"),
                riff.children().stream().map(c -> c.type() != null ? c.type() : c.id()).toList());
    }

    @Test
    void mainHeaderCountsTheFramesAndHasAnIndex() {
        Chunk avih = riff.child("hdrl").child("avih");
        int at = avih.dataOffset();
        assertEquals(56, avih.size());
        assertEquals(100_000, bytes.getInt(at));
        assertEquals(0x10, bytes.getInt(at + 12) & 0x10);
        assertEquals(FRAMES, bytes.getInt(at + 16));
        assertEquals(1, bytes.getInt(at + 24));
        assertTrue(bytes.getInt(at + 28) >= largestJpeg());
        assertEquals(WIDTH, bytes.getInt(at + 32));
        assertEquals(HEIGHT, bytes.getInt(at + 36));
    }

    @Test
    void streamHeaderIsMjpegVideoAtTheFrameRate() {
        Chunk strh = riff.child("hdrl").child("strl").child("strh");
        int at = strh.dataOffset();
        assertEquals("vids", RiffReader.fourcc(bytes, at));
        assertEquals("MJPG", RiffReader.fourcc(bytes, at + 4));
        int scale = bytes.getInt(at + 20);
        int rate = bytes.getInt(at + 24);
        assertEquals(FPS, (double) rate / scale, 0.001);
        assertEquals(FRAMES, bytes.getInt(at + 32));
        assertTrue(bytes.getInt(at + 36) >= largestJpeg());
        assertEquals(WIDTH, bytes.getShort(at + 52));
        assertEquals(HEIGHT, bytes.getShort(at + 54));
    }

    @Test
    void streamFormatIsAnMjpgBitmapInfoHeader() {
        Chunk strf = riff.child("hdrl").child("strl").child("strf");
        int at = strf.dataOffset();
        assertEquals(40, strf.size());
        assertEquals(40, bytes.getInt(at));
        assertEquals(WIDTH, bytes.getInt(at + 4));
        assertEquals(HEIGHT, bytes.getInt(at + 8));
        assertEquals(1, bytes.getShort(at + 12));
        assertEquals(24, bytes.getShort(at + 14));
        assertEquals("MJPG", RiffReader.fourcc(bytes, at + 16));
        assertEquals(WIDTH * HEIGHT * 3, bytes.getInt(at + 20));
    }

    @Test
    void movieListHoldsEachFrameAsAJpegChunk() {
        List<Chunk> frames = riff.child("movi").all("00dc");
        assertEquals(FRAMES, frames.size());
        assertEquals(FRAMES, riff.child("movi").children().size());
        for (int i = 0; i < FRAMES; i++) {
            Chunk frame = frames.get(i);
            assertEquals((byte) 0xFF, file[frame.dataOffset()]);
            assertEquals((byte) 0xD8, file[frame.dataOffset() + 1]);
            assertArrayEquals(jpegs.get(i),
                    Arrays.copyOfRange(file, frame.dataOffset(), frame.dataOffset() + frame.size()));
        }
    }

    @Test
    void indexPointsAtEveryFrameFromTheMovieFourcc() {
        Chunk idx1 = riff.child("idx1");
        assertEquals(FRAMES * 16, idx1.size());
        int movi = riff.child("movi").offset() + 8;
        List<Chunk> frames = riff.child("movi").all("00dc");
        for (int i = 0; i < FRAMES; i++) {
            int at = idx1.dataOffset() + 16 * i;
            assertEquals("00dc", RiffReader.fourcc(bytes, at));
            assertEquals(0x10, bytes.getInt(at + 4), "keyframe flag");
            assertEquals(frames.get(i).offset(), movi + bytes.getInt(at + 8));
            assertEquals(jpegs.get(i).length, bytes.getInt(at + 12));
        }
    }

    @Test
    void durationIsFrameCountOverFrameRate() throws IOException {
        try (MjpegAviWriter writer = new MjpegAviWriter(folder.resolve("d.avi"), WIDTH, HEIGHT, FPS)) {
            for (byte[] jpeg : jpegs) {
                writer.addFrame(jpeg);
            }
            assertEquals(FRAMES, writer.frameCount());
        }
        int at = riff.child("hdrl").child("avih").dataOffset();
        double headerSeconds = bytes.getInt(at) * (double) bytes.getInt(at + 16) / 1e6;
        assertEquals(FRAMES / FPS, headerSeconds, FRAMES / FPS * 0.10);
    }

    @Test
    void fractionalFrameRateIsKeptAsRateOverScale() {
        assertArrayEquals(new long[] {2997, 100}, MjpegAviWriter.rateAndScale(29.97));
        assertArrayEquals(new long[] {25, 1}, MjpegAviWriter.rateAndScale(25));
        assertArrayEquals(new long[] {1, 2}, MjpegAviWriter.rateAndScale(0.5));
    }

    @Test
    void oddLengthFramesArePaddedToAWordBoundary() throws IOException {
        Path odd = folder.resolve("odd.avi");
        byte[] fakeJpeg = {(byte) 0xFF, (byte) 0xD8, 1, 2, (byte) 0xFF, (byte) 0xD9, 7};
        try (MjpegAviWriter writer = new MjpegAviWriter(odd, 8, 8, 5)) {
            writer.addFrame(fakeJpeg);
            writer.addFrame(fakeJpeg);
        }
        Chunk oddRiff = RiffReader.read(Files.readAllBytes(odd));
        List<Chunk> frames = oddRiff.child("movi").all("00dc");
        assertEquals(2, frames.size());
        assertEquals(7, frames.get(0).size());
        assertEquals(0, frames.get(1).offset() % 2);
        assertEquals(frames.get(0).offset() + 8 + 8, frames.get(1).offset());
    }

    @Test
    void nothingCarriesTheFinalNameBeforeClose() throws IOException {
        Path pending = folder.resolve("pending.avi");
        MjpegAviWriter writer = new MjpegAviWriter(pending, WIDTH, HEIGHT, FPS);
        writer.addFrame(jpegs.get(0));
        assertFalse(Files.exists(pending));
        assertEquals(1, hiddenFiles().size());
        writer.close();
        assertTrue(Files.exists(pending));
        assertEquals(List.of(), hiddenFiles());
    }

    @Test
    void closeTwiceKeepsTheFileAndFramesAfterCloseAreRefused() throws IOException {
        Path twice = folder.resolve("twice.avi");
        MjpegAviWriter writer = new MjpegAviWriter(twice, WIDTH, HEIGHT, FPS);
        writer.addFrame(jpegs.get(0));
        writer.close();
        writer.close();
        assertEquals(1, RiffReader.read(Files.readAllBytes(twice)).child("movi").all("00dc").size());
        assertThrows(IllegalStateException.class, () -> writer.addFrame(jpegs.get(0)));
    }

    @Test
    void nonJpegFramesAreRefused() throws IOException {
        try (MjpegAviWriter writer = new MjpegAviWriter(folder.resolve("png.avi"), WIDTH, HEIGHT, FPS)) {
            assertThrows(IllegalArgumentException.class,
                    () -> writer.addFrame("\u0089PNG".getBytes(StandardCharsets.ISO_8859_1)));
            assertThrows(IllegalArgumentException.class, () -> writer.addFrame(new byte[0]));
            assertEquals(0, writer.frameCount());
        }
    }

    @Test
    void badSizesAndFrameRatesAreRefusedWithoutLeavingAFile() throws IOException {
        Path bad = folder.resolve("bad.avi");
        assertThrows(IllegalArgumentException.class, () -> new MjpegAviWriter(bad, 0, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> new MjpegAviWriter(bad, 70000, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> new MjpegAviWriter(bad, 10, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> new MjpegAviWriter(bad, 10, 10, Double.NaN));
        assertEquals(List.of(), hiddenFiles());
    }

    @Test
    void roomRunsOutNearTwoGibibytes() throws IOException {
        try (MjpegAviWriter writer = new MjpegAviWriter(folder.resolve("room.avi"), WIDTH, HEIGHT, FPS)) {
            assertTrue(writer.hasRoomFor(1_000_000));
            assertFalse(writer.hasRoomFor(Integer.MAX_VALUE - 100));
        }
    }

    @Test
    void ffprobeCountsTheFrames() throws Exception {
        Path ffprobe = Path.of("/usr/bin/ffprobe");
        assumeTrue(Files.isExecutable(ffprobe), "ffprobe is not installed");
        Process process = new ProcessBuilder(ffprobe.toString(), "-v", "error", "-count_frames",
                "-select_streams", "v:0", "-show_entries", "stream=codec_name,width,height,nb_read_frames",
                "-of", "csv=p=0", video.toString()).redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ffprobe finished");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, process.exitValue(), output);
        assertEquals("mjpeg," + WIDTH + "," + HEIGHT + "," + FRAMES, output);
    }

    private int largestJpeg() {
        return jpegs.stream().mapToInt(j -> j.length).max().orElseThrow();
    }

    private List<Path> hiddenFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
