package org.camsrv.camera.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live view's ffmpeg through the real program: init first, a fragment per frame, a key frame a second. */
class FfmpegLiveEncoderTest {

    @TempDir
    Path folder;

    @Test
    void jpegFramesComeOutAsAnInitSegmentAndOneFragmentPerFrame() throws Exception {
        H264Encoder encoder = VideoTools.encoderOrSkip();
        List<LiveSegment> segments = new CopyOnWriteArrayList<>();
        AtomicBoolean ended = new AtomicBoolean();
        List<byte[]> frames = VideoTools.patternFrames(45);
        FfmpegLiveEncoder live = new FfmpegLiveEncoder(encoder, VideoTools.FPS, frames.size(), segments::add, () -> ended.set(true));
        try {
            for (byte[] frame : frames) {
                assertTrue(live.write(frame));
                Thread.sleep(5);
            }
            long deadline = System.currentTimeMillis() + 15_000;
            while (segments.size() < frames.size() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            live.close();
        }
        assertFalse(live.encoderProcess().isAlive(), "ffmpeg is gone after close");
        assertFalse(ended.get(), "a close is not an end by itself");
        assertTrue(segments.get(0).init(), "the init segment comes first");
        String mime = Fmp4Reader.mimeType(segments.get(0).bytes());
        assertTrue(mime.matches("video/mp4; codecs=\"avc1\\.[0-9a-f]{6}\""), mime);
        List<LiveSegment> fragments = segments.subList(1, segments.size());
        assertTrue(fragments.size() >= 40, "one fragment per frame, got " + fragments.size() + " for 45 frames");
        assertTrue(fragments.get(0).keyFrame(), "the first fragment starts with a key frame");
        long keys = fragments.stream().filter(LiveSegment::keyFrame).count();
        assertTrue(keys >= 2 && keys <= 3, "a key frame every 30 frames: " + keys + " in " + fragments.size());
        assertFalse(fragments.get(1).keyFrame());

        // The pieces together are an MP4 that ffprobe reads as H.264 of the live size.
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        for (LiveSegment segment : segments) {
            whole.write(segment.bytes());
        }
        Path video = Files.write(folder.resolve("live.mp4"), whole.toByteArray());
        var stream = VideoTools.probe(video).getJsonArray("streams").getJsonObject(0);
        assertEquals("h264", stream.getString("codec_name"));
        assertEquals(VideoTools.WIDTH, stream.getInt("width"));
        assertEquals(fragments.size(), VideoTools.decodedFrames(video));
    }

    @Test
    void anEncoderThatDiesIsReportedOnce() throws Exception {
        H264Encoder encoder = VideoTools.encoderOrSkip();
        AtomicBoolean ended = new AtomicBoolean();
        FfmpegLiveEncoder live = new FfmpegLiveEncoder(encoder, VideoTools.FPS, 4, segment -> { }, () -> ended.set(true));
        live.write(VideoTools.patternFrames(1).get(0));
        live.encoderProcess().destroyForcibly();
        live.encoderProcess().onExit().get(5, TimeUnit.SECONDS);
        long deadline = System.currentTimeMillis() + 5000;
        while (!ended.get() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(ended.get(), "the end was reported");
        assertFalse(live.write(new byte[] {1}), "no frame is taken once ffmpeg is gone");
        live.close();
    }

    @Test
    void commandAsksForLowLatency() {
        H264Encoder encoder = H264Encoder.software(Path.of("/usr/bin/ffmpeg"));
        List<String> command = FfmpegLiveEncoder.command(encoder, 30);
        String line = String.join(" ", command);
        assertTrue(line.contains("-tune zerolatency"), line);
        assertTrue(line.contains("-g 30"), line);
        assertTrue(line.contains("+frag_every_frame+empty_moov+default_base_moof"), line);
        assertTrue(line.endsWith("-f mp4 -y pipe:1"), line);
    }
}
