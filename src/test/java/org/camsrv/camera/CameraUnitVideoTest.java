package org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.camsrv.camera.media.VideoTools;
import org.camsrv.settings.GeneralParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which writer a recording gets, and that stopping it or the camera ends the encoder. */
class CameraUnitVideoTest {

    private static final GeneralParameters MP4 = GeneralParameters.defaults();

    @TempDir
    Path folder;

    @Test
    void mp4WithoutFfmpegFallsBackToMotionJpegAvi() throws Exception {
        MediaEncoding encoding = MediaEncoding.choose(folder.resolve("no-such/ffmpeg").toString());
        assertEquals("mp4", MP4.videoType(), "mp4 is the default");
        try (CameraUnit unit = unit(encoding)) {
            assertEquals("mjpeg-avi", unit.videoEncoder());
            Path video = unit.startVideo(0.5);
            awaitEnd(unit);
            assertTrue(video.toString().endsWith(".avi"), video.toString());
            byte[] head = Arrays.copyOf(Files.readAllBytes(video), 12);
            assertArrayEquals("RIFF".getBytes(), Arrays.copyOf(head, 4));
            assertTrue(unit.encoders().videos().contains("MP4 was chosen, but no ffmpeg found"), unit.encoders().videos());
        }
    }

    @Test
    void mp4WithFfmpegRecordsH264AndStopVideoEndsTheEncoder() throws Exception {
        VideoTools.encoderOrSkip();
        try (CameraUnit unit = unit(MediaEncoding.choose("ffmpeg"))) {
            assertFalse(unit.videoEncoder().equals("mjpeg-avi"), unit.videoEncoder());
            Path video = unit.startVideo(0);
            Thread.sleep(1500);
            assertEquals(1, VideoTools.processesWriting(video).size(), "ffmpeg records");
            assertEquals(video, unit.stopVideo());
            assertEquals(List.of(), VideoTools.processesWriting(video), "stop_video returns once ffmpeg has ended");
            assertFalse(unit.isRecordingVideo());
            assertTrue(video.toString().endsWith(".mp4"), video.toString());
            assertEquals("h264", VideoTools.probe(video).getJsonArray("streams").getJsonObject(0).getString("codec_name"));
        }
    }

    @Test
    void closingTheCameraEndsARunningRecording() throws Exception {
        VideoTools.encoderOrSkip();
        Path video;
        try (CameraUnit unit = unit(MediaEncoding.choose("ffmpeg"))) {
            video = unit.startVideo(0);
            Thread.sleep(1200);
        }
        assertEquals(List.of(), VideoTools.processesWriting(video), "close() (the server's stop) ended ffmpeg");
        assertTrue(VideoTools.decodedFrames(video) > 0);
    }

    @Test
    void aChosenAviStaysAviWithFfmpeg() throws Exception {
        VideoTools.encoderOrSkip();
        GeneralParameters avi = new GeneralParameters("jpg", "dng", "avi", true);
        try (CameraUnit unit = new CameraUnit(new SimulatedCamera(), new MediaFiles(folder), () -> avi,
                MediaEncoding.choose("ffmpeg"))) {
            assertEquals("mjpeg-avi", unit.videoEncoder());
            Path video = unit.startVideo(0.3);
            awaitEnd(unit);
            assertTrue(video.toString().endsWith(".avi"), video.toString());
        }
    }

    private CameraUnit unit(MediaEncoding encoding) {
        return new CameraUnit(new SimulatedCamera(), new MediaFiles(folder), () -> MP4, encoding);
    }

    private static void awaitEnd(CameraUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (unit.isRecordingVideo() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(unit.isRecordingVideo(), "the recording ended by itself");
    }
}
