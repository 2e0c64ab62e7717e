package org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.camsrv.camera.simulated.TestPattern;
import org.junit.jupiter.api.Test;

class MotionCaptureTest {

    private static final Instant START = Instant.parse("2026-11-28T08:00:00Z");

    private static LiveFrame frame(long n, int scene) {
        BufferedImage image = TestPattern.render(640, 480, START.plusMillis(n * 33), scene);
        return new LiveFrame(n, image, new byte[0]);
    }

    @Test
    void theMovingTestPatternAloneIsNoMotion() {
        AtomicInteger photos = new AtomicInteger();
        MotionCapture motion = new MotionCapture(12, Duration.ZERO, photos::incrementAndGet);
        for (int n = 0; n < 30; n++) {
            motion.accept(frame(n, 0));
        }
        assertEquals(0, photos.get());
    }

    @Test
    void aSceneChangeAsksForOnePhoto() {
        AtomicInteger photos = new AtomicInteger();
        MotionCapture motion = new MotionCapture(12, Duration.ZERO, photos::incrementAndGet);
        motion.accept(frame(0, 0));
        motion.accept(frame(1, 0));
        motion.accept(frame(2, 1));
        motion.accept(frame(3, 1));
        assertEquals(1, photos.get());
    }

    @Test
    void eventsWithinThePauseAskForNoFurtherPhoto() {
        AtomicInteger photos = new AtomicInteger();
        MotionCapture motion = new MotionCapture(12, Duration.ofMinutes(1), photos::incrementAndGet);
        for (int n = 0; n < 6; n++) {
            motion.accept(frame(n, n % 2));
        }
        assertEquals(1, photos.get());
    }

    @Test
    void aMotionBeginsOnceAndEndsWhenThePictureIsStill() {
        java.util.List<Boolean> edges = new java.util.ArrayList<>();
        MotionCapture motion = new MotionCapture(12, Duration.ofMinutes(1), () -> { }, edges::add, Duration.ZERO);
        motion.accept(frame(0, 0));
        motion.accept(frame(1, 1));
        motion.accept(frame(2, 0));
        assertEquals(java.util.List.of(true), edges, "two moving frames in a row are one motion");
        motion.accept(frame(3, 0));
        assertEquals(java.util.List.of(true, false), edges, "a still frame past the quiet time ends it");
        motion.accept(frame(4, 0));
        assertEquals(java.util.List.of(true, false), edges);
    }

    @Test
    void stoppingDuringAMotionEndsIt() {
        java.util.List<Boolean> edges = new java.util.ArrayList<>();
        MotionCapture motion = new MotionCapture(12, Duration.ZERO, () -> { }, edges::add, Duration.ofHours(1));
        motion.accept(frame(0, 0));
        motion.accept(frame(1, 1));
        motion.end();
        motion.end();
        assertEquals(java.util.List.of(true, false), edges);
    }

    @Test
    void meanDifferenceOfEqualPicturesIsZero() {
        int[] grey = MotionCapture.shrinkToGrey(frame(0, 0).image());
        assertEquals(0.0, MotionCapture.meanDifference(grey, grey));
        assertEquals(MotionCapture.WIDTH * MotionCapture.HEIGHT, grey.length);
    }
}
