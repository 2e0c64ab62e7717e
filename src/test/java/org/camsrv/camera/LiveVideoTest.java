package org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.camsrv.camera.media.H264Encoder;
import org.camsrv.camera.media.ImageIoJpegEncoder;
import org.camsrv.camera.media.VideoTools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One ffmpeg for every viewer of a camera, started by the first and gone soon after the last (the real ffmpeg). */
class LiveVideoTest {

    private LiveFrames frames;
    private LiveVideo video;

    @BeforeEach
    void startFrames() {
        H264Encoder encoder = VideoTools.encoderOrSkip();
        SimulatedCamera camera = new SimulatedCamera(Clock.systemUTC());
        camera.configure(640, 480);
        ImageIoJpegEncoder jpeg = new ImageIoJpegEncoder();
        frames = new LiveFrames(camera::captureFrame, (BufferedImage image) -> jpeg.encode(image, 0.85f), 30);
        video = new LiveVideo(frames, Optional.of(encoder), 30);
    }

    @AfterEach
    void stop() {
        if (video != null) {
            video.close();
            frames.close();
        }
    }

    @Test
    void nothingRunsUntilTheFirstViewerComes() {
        assertFalse(video.isEncoding());
        assertFalse(frames.isRunning());
    }

    @Test
    void viewersShareOneEncoderAndEachBeginsAtAKeyFrame() throws Exception {
        Viewer first = new Viewer();
        assertTrue(video.join(first));
        await(() -> first.fragments.size() >= 20, 15_000);
        Viewer second = new Viewer();
        long joined = System.currentTimeMillis();
        assertTrue(video.join(second));
        await(() -> !second.fragments.isEmpty(), 5000);
        assertTrue(System.currentTimeMillis() - joined < 2000, "the second viewer waited no longer than to the next key frame");
        for (Viewer viewer : List.of(first, second)) {
            assertTrue(viewer.mimeType.startsWith("video/mp4; codecs=\"avc1."), viewer.mimeType);
            assertTrue(viewer.keyFrames.get(0), "the first fragment a viewer gets starts with a key frame");
        }
        assertEquals(2, video.viewerCount());
        assertTrue(video.isEncoding());
    }

    @Test
    void theEncoderStopsAFewSecondsAfterTheLastViewerLeaves() throws Exception {
        Viewer viewer = new Viewer();
        video.join(viewer);
        await(() -> !viewer.fragments.isEmpty(), 15_000);
        video.leave(viewer);
        assertTrue(video.isEncoding(), "it lingers, for a page that reloads");
        await(() -> !video.isEncoding(), LiveVideo.LINGER_MILLIS + 5000);
        assertFalse(frames.isRunning(), "nobody else listens, so the live frames stop too");
    }

    @Test
    void aViewerWhoComesBackWithinTheLingerKeepsTheSameEncoder() throws Exception {
        Viewer viewer = new Viewer();
        video.join(viewer);
        await(() -> !viewer.fragments.isEmpty(), 15_000);
        video.leave(viewer);
        Viewer again = new Viewer();
        video.join(again);
        Thread.sleep(LiveVideo.LINGER_MILLIS + 500);
        assertTrue(video.isEncoding());
        await(() -> !again.fragments.isEmpty(), 5000);
    }

    @Test
    void withoutAnEncoderNobodyJoins() {
        LiveVideo none = new LiveVideo(frames, Optional.empty(), 30);
        assertFalse(none.isAvailable());
        assertFalse(none.join(new Viewer()));
        assertFalse(frames.isRunning());
        none.close();
    }

    private static void await(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "waited " + millis + " ms in vain");
            Thread.sleep(20);
        }
    }

    private static final class Viewer implements LiveVideoViewer {
        volatile String mimeType;
        final List<byte[]> fragments = new CopyOnWriteArrayList<>();
        final List<Boolean> keyFrames = new CopyOnWriteArrayList<>();

        @Override
        public void begin(String mimeType, byte[] init) {
            this.mimeType = mimeType;
        }

        @Override
        public void fragment(byte[] bytes, boolean keyFrame) {
            fragments.add(bytes);
            keyFrames.add(keyFrame);
        }

        @Override
        public void end() {
        }
    }
}
