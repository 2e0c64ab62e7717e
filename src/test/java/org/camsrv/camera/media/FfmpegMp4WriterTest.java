package org.camsrv.camera.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H.264 MP4 through the real ffmpeg: what browsers need, what a cut leaves, and that frames never wait. */
class FfmpegMp4WriterTest {

    @TempDir
    Path folder;

    private H264Encoder encoder;

    @BeforeEach
    void findEncoder() {
        encoder = VideoTools.encoderOrSkip();
    }

    @Test
    void threeSecondsOfJpegFramesBecomeABrowserReadyH264Mp4() throws Exception {
        Path video = folder.resolve("three.mp4");
        List<byte[]> frames = VideoTools.patternFrames(90);
        FfmpegMp4Writer writer = new FfmpegMp4Writer(encoder, video, VideoTools.FPS, frames.size());
        for (byte[] frame : frames) {
            assertTrue(writer.write(frame));
        }
        writer.close();
        assertEquals(0, writer.droppedFrames(), "a queue as long as the video drops nothing");
        assertEquals(List.of(), VideoTools.processesWriting(video), "ffmpeg has ended");

        JsonObject probed = VideoTools.probe(video);
        assertEquals(1, probed.getJsonArray("streams").size(), probed.toString());
        JsonObject stream = probed.getJsonArray("streams").getJsonObject(0);
        assertEquals("video", stream.getString("codec_type"));
        assertEquals("h264", stream.getString("codec_name"));
        assertEquals("yuv420p", stream.getString("pix_fmt"));
        assertEquals(VideoTools.WIDTH, stream.getInt("width"));
        assertEquals(VideoTools.HEIGHT, stream.getInt("height"));
        assertTrue(probed.getJsonObject("format").getString("format_name").contains("mp4"), probed.toString());
        double seconds = Double.parseDouble(probed.getJsonObject("format").getString("duration"));
        assertTrue(seconds >= 2 && seconds <= 5, "duration " + seconds);
        assertEquals(90, VideoTools.decodedFrames(video));
    }

    @Test
    void aKilledEncoderLeavesAFileThatPlaysUpToTheCut() throws Exception {
        Path video = folder.resolve("cut.mp4");
        List<byte[]> frames = VideoTools.patternFrames(75);
        FfmpegMp4Writer writer = new FfmpegMp4Writer(encoder, video, VideoTools.FPS, frames.size());
        for (byte[] frame : frames) {
            writer.write(frame);
            Thread.sleep(10);
        }
        Thread.sleep(1500); // ffmpeg has encoded what it was given and written its fragments
        ProcessHandle ffmpeg = writer.encoderProcess();
        ffmpeg.destroyForcibly();
        ffmpeg.onExit().get();

        assertFalse(writer.write(frames.get(0)), "frames after the cut are refused, so the recording ends");
        IOException failure = assertThrows(IOException.class, writer::close);
        assertTrue(failure.getMessage().startsWith("ffmpeg ended with 137"), failure.getMessage());
        int decoded = VideoTools.decodedFrames(video);
        assertTrue(decoded >= 30 && decoded <= 75, "frames readable after the cut: " + decoded);
    }

    @Test
    void aLaggingEncoderCostsDroppedFramesNotAWait() throws Exception {
        Path video = folder.resolve("lag.mp4");
        byte[] frame = VideoTools.patternFrames(1).get(0);
        FfmpegMp4Writer writer = new FfmpegMp4Writer(encoder, video, VideoTools.FPS, 2);
        long start = System.nanoTime();
        for (int i = 0; i < 2000; i++) {
            assertTrue(writer.write(frame));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        writer.close();
        assertTrue(millis < 1000, "2000 frames handed over in " + millis + " ms");
        assertTrue(writer.droppedFrames() > 0, "some frames were dropped");
        assertTrue(writer.summary().startsWith("2000 frames, " + writer.droppedFrames() + " dropped"), writer.summary());
        assertTrue(VideoTools.decodedFrames(video) > 0);
    }
}
