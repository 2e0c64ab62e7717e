package org.camsrv.camera.simulated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.camsrv.camera.simulated.PatternFrames.T0;
import static org.camsrv.camera.simulated.PatternFrames.ballCentre;
import static org.camsrv.camera.simulated.PatternFrames.changedShare;
import static org.camsrv.camera.simulated.PatternFrames.pixels;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The simulated camera's picture: deterministic, moving, switchable. */
class TestPatternTest {

    @Test
    void sameTimeGivesIdenticalPixels() {
        assertArrayEquals(pixels(TestPattern.render(320, 180, T0.plusMillis(1234), 0)),
                pixels(TestPattern.render(320, 180, T0.plusMillis(1234), 0)));
    }

    @Test
    void differentTimesGiveDifferentPixels() {
        assertFalse(Arrays.equals(pixels(TestPattern.render(320, 180, T0, 0)),
                pixels(TestPattern.render(320, 180, T0.plusMillis(40), 0))));
    }

    @Test
    void ballMovesRightDuringTheFirstHalfOfTheSweep() {
        double start = ballCentre(TestPattern.render(640, 360, T0, 0));
        double later = ballCentre(TestPattern.render(640, 360, T0.plusMillis(1000), 0));
        assertTrue(later - start > 100, "ball moved from " + start + " to " + later);
    }

    @Test
    void ballIsBackWhereItStartedAfterOneSweepPeriod() {
        assertEquals(ballCentre(TestPattern.render(640, 360, T0.plusMillis(700), 0)),
                ballCentre(TestPattern.render(640, 360, T0.plusMillis(700).plus(TestPattern.SWEEP_PERIOD), 0)));
    }

    @Test
    void sweepPositionGoesFromLeftToRightAndBack() {
        assertEquals(0, TestPattern.sweepPosition(T0));
        assertEquals(0.5, TestPattern.sweepPosition(T0.plusMillis(1000)));
        assertEquals(1, TestPattern.sweepPosition(T0.plusMillis(2000)));
        assertEquals(0.5, TestPattern.sweepPosition(T0.plusMillis(3000)));
    }

    @Test
    void sweepPositionWorksBeforeTheEpoch() {
        double position = TestPattern.sweepPosition(Instant.parse("1960-01-01T00:00:00.500Z"));
        assertTrue(position >= 0 && position <= 1, "position " + position);
    }

    @Test
    void ballStaysInsideThePicture() {
        for (int ms = 0; ms < 4000; ms += 250) {
            double centre = ballCentre(TestPattern.render(200, 150, T0.plusMillis(ms), 0));
            assertTrue(centre > 0 && centre < 200, "centre " + centre + " at " + ms + " ms");
        }
    }

    @Test
    void timestampIsUtcWithMilliseconds() {
        assertEquals("2024-03-05 06:07:08.009", TestPattern.timestamp(Instant.parse("2024-03-05T06:07:08.009Z")));
    }

    @Test
    void timestampChangesOnlyTheTextBand() {
        BufferedImage first = TestPattern.render(640, 360, T0.plusMillis(500), 0);
        BufferedImage second = TestPattern.render(640, 360, T0.plusMillis(500).plus(TestPattern.SWEEP_PERIOD), 0);
        int barsHeight = 360 * 2 / 3;
        assertArrayEquals(first.getRGB(0, 0, 640, barsHeight, null, 0, 640),
                second.getRGB(0, 0, 640, barsHeight, null, 0, 640));
        assertFalse(Arrays.equals(first.getRGB(0, barsHeight, 640, 360 - barsHeight, null, 0, 640),
                second.getRGB(0, barsHeight, 640, 360 - barsHeight, null, 0, 640)));
    }

    @Test
    void titleIsDrawnInTheTextBand() {
        BufferedImage image = TestPattern.render(640, 360, T0, 0);
        int white = 0;
        for (int y = 240; y < 240 + 120 * 4 / 10; y++) {
            for (int x = 0; x < 640; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF) {
                    white++;
                }
            }
        }
        assertTrue(white > 500, "white title pixels: " + white);
    }

    @Test
    void sceneSwitchChangesMoreThanAThirdOfThePicture() {
        Instant time = T0.plusMillis(300);
        double changed = changedShare(TestPattern.render(640, 360, time, 0), TestPattern.render(640, 360, time, 1));
        assertTrue(changed > 0.30, "changed share " + changed);
    }

    @Test
    void everySceneDiffersFromTheNext() {
        for (int scene = 0; scene < 8; scene++) {
            double changed = changedShare(TestPattern.render(320, 180, T0, scene),
                    TestPattern.render(320, 180, T0, scene + 1));
            assertTrue(changed > 0.30, "scene " + scene + " changed share " + changed);
        }
    }

    @Test
    void movingBallChangesLittleBetweenFrames() {
        double changed = changedShare(TestPattern.render(640, 360, T0.plusMillis(300), 0),
                TestPattern.render(640, 360, T0.plusMillis(340), 0));
        assertTrue(changed < 0.05, "changed share " + changed);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "17, 9", "640, 480", "1280, 720", "101, 2000"})
    void requestedSizeIsHonoured(int width, int height) {
        BufferedImage image = TestPattern.render(width, height, T0, 0);
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        assertEquals(BufferedImage.TYPE_3BYTE_BGR, image.getType(), "the JPEG writer's own layout: no copy per photo");
    }

    @Test
    void fullHdRenders() {
        BufferedImage image = TestPattern.render(1920, 1080, T0.plusMillis(1500), 0);
        assertEquals(0xFFFFFF, image.getRGB(5, 5) & 0xFFFFFF);
        assertEquals(0x000000, image.getRGB(1915, 5) & 0xFFFFFF);
    }

    @Test
    void emptySizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TestPattern.render(0, 10, T0, 0));
        assertThrows(IllegalArgumentException.class, () -> TestPattern.render(10, -1, T0, 0));
    }
}
