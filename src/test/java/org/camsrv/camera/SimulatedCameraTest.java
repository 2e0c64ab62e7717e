package org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.camsrv.camera.media.RawFrame;
import org.camsrv.camera.simulated.PatternFrames;
import org.camsrv.camera.simulated.TestPattern;
import org.junit.jupiter.api.Test;

/** The simulated camera: what it says about itself, its frames and its raw data. */
class SimulatedCameraTest {

    private static final Instant NOW = PatternFrames.T0.plusMillis(250);

    private final SimulatedCamera camera = new SimulatedCamera(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void descriptionNamesTheSimulatedCamera() {
        assertEquals(new CameraDescription(0, "CamSrv simulated camera", false, true), camera.description());
    }

    @Test
    void frameIsFullHdBeforeConfigure() {
        BufferedImage frame = camera.captureFrame();
        assertEquals(1920, frame.getWidth());
        assertEquals(1080, frame.getHeight());
    }

    @Test
    void configureChangesTheFrameSize() {
        camera.configure(640, 480);
        BufferedImage frame = camera.captureFrame();
        assertEquals(640, frame.getWidth());
        assertEquals(480, frame.getHeight());
    }

    @Test
    void frameIsTheTestPatternAtTheClocksTime() {
        camera.configure(320, 240);
        assertArrayEquals(PatternFrames.pixels(TestPattern.render(320, 240, NOW, 0)),
                PatternFrames.pixels(camera.captureFrame()));
    }

    @Test
    void framesFollowTheClock() {
        Instant[] now = {NOW};
        SimulatedCamera ticking = new SimulatedCamera(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        });
        ticking.configure(320, 240);
        double before = PatternFrames.ballCentre(ticking.captureFrame());
        now[0] = now[0].plusMillis(500);
        double after = PatternFrames.ballCentre(ticking.captureFrame());
        assertTrue(after > before, "ball at " + before + " then " + after);
    }

    @Test
    void sceneSwitchChangesTheNextFrame() {
        camera.configure(320, 240);
        BufferedImage before = copyOf(camera.captureFrame()); // a capture draws over the thread's last frame
        camera.setScene(1);
        assertTrue(PatternFrames.changedShare(before, camera.captureFrame()) > 0.30);
    }

    @Test
    void aThreadsFramesShareOnePictureAndOtherThreadsHaveTheirOwn() throws Exception {
        camera.configure(320, 240);
        BufferedImage first = camera.captureFrame();
        assertSame(first, camera.captureFrame(), "no new picture per capture: the heap stays calm under photos");
        BufferedImage[] other = new BufferedImage[1];
        Thread thread = new Thread(() -> other[0] = camera.captureFrame());
        thread.start();
        thread.join();
        assertNotSame(first, other[0], "two threads never draw into the same picture");
        camera.configure(640, 480);
        assertEquals(640, camera.captureFrame().getWidth(), "a new size gets a new picture");
    }

    private static BufferedImage copyOf(BufferedImage frame) {
        BufferedImage copy = new BufferedImage(frame.getWidth(), frame.getHeight(), frame.getType());
        copy.setData(frame.getData());
        return copy;
    }

    @Test
    void sizesWithoutAWholeBayerCellOrTooLargeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> camera.configure(1, 100));
        assertThrows(IllegalArgumentException.class, () -> camera.configure(100, 0));
        assertThrows(IllegalArgumentException.class, () -> camera.configure(SimulatedCamera.MAX_SIZE + 1, 100));
        assertEquals(1920, camera.captureFrame().getWidth());
    }

    @Test
    void rawFrameHasTheConfiguredSizeRoundedDownToEven() {
        camera.configure(641, 361);
        RawFrame raw = camera.captureRaw();
        assertEquals(640, raw.width());
        assertEquals(360, raw.height());
        assertEquals(640 * 360, raw.samples().length);
    }

    @Test
    void rawFrameIsTheMosaicOfTheFrameAtTheClocksTime() {
        camera.configure(64, 48);
        camera.setScene(2);
        assertArrayEquals(BayerMosaic.of(TestPattern.render(64, 48, NOW, 2), "m").samples(),
                camera.captureRaw().samples());
    }

    @Test
    void rawFrameNamesTheModelAndTwelveBitWhiteLevel() {
        camera.configure(64, 48);
        RawFrame raw = camera.captureRaw();
        assertEquals(4095, raw.whiteLevel());
        assertEquals(SimulatedCamera.MODEL, raw.model());
    }

    @Test
    void rawSamplesStayWithinZeroToWhiteLevel() {
        camera.configure(320, 240);
        RawFrame raw = camera.captureRaw();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (short sample : raw.samples()) {
            min = Math.min(min, sample);
            max = Math.max(max, sample);
        }
        assertEquals(0, min);
        assertEquals(raw.whiteLevel(), max);
    }

    @Test
    void pureRedGivesFullRedSitesAndEmptyGreenAndBlueSites() {
        RawFrame raw = BayerMosaic.of(filled(Color.RED, 6, 4), "test");
        assertEquals(4095, sample(raw, 0, 0));
        assertEquals(4095, sample(raw, 2, 2));
        assertEquals(0, sample(raw, 1, 0));
        assertEquals(0, sample(raw, 0, 1));
        assertEquals(0, sample(raw, 1, 1));
        assertEquals(0, sample(raw, 3, 3));
    }

    @Test
    void pureBlueGivesFullBlueSitesOnlyAtOddRowsAndColumns() {
        RawFrame raw = BayerMosaic.of(filled(Color.BLUE, 4, 4), "test");
        assertEquals(4095, sample(raw, 1, 1));
        assertEquals(4095, sample(raw, 3, 3));
        assertEquals(0, sample(raw, 0, 0));
        assertEquals(0, sample(raw, 1, 0));
        assertEquals(0, sample(raw, 0, 1));
    }

    @Test
    void pureGreenGivesFullSitesOnBothGreenPositions() {
        RawFrame raw = BayerMosaic.of(filled(Color.GREEN, 4, 4), "test");
        assertEquals(4095, sample(raw, 1, 0));
        assertEquals(4095, sample(raw, 0, 1));
        assertEquals(0, sample(raw, 0, 0));
        assertEquals(0, sample(raw, 1, 1));
    }

    @Test
    void midGreyIsStoredAsLinearLight() {
        RawFrame raw = BayerMosaic.of(filled(new Color(128, 128, 128), 2, 2), "test");
        // sRGB 128 is about 21.6 % of linear light.
        assertEquals(885, sample(raw, 0, 0), 3);
    }

    @Test
    void imagesOtherThanIntRgbGiveTheSameMosaic() {
        BufferedImage rgb = TestPattern.render(64, 48, NOW, 0);
        BufferedImage bgr = new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = bgr.createGraphics();
        g.drawImage(rgb, 0, 0, null);
        g.dispose();
        assertArrayEquals(BayerMosaic.of(rgb, "m").samples(), BayerMosaic.of(bgr, "m").samples());
    }

    @Test
    void redBarOfTheCameraGivesHighRedAndLowBlueSites() {
        camera.configure(640, 480);
        RawFrame raw = camera.captureRaw();
        // Scene 0's sixth bar is red; its top rows are clear of the ball.
        int x = 640 * 5 / 8 + 10;
        assertEquals(4095, sample(raw, x, 2));
        assertEquals(0, sample(raw, x + 1, 3));
    }

    @Test
    void tooSmallImageHasNoRawFrame() {
        assertThrows(IllegalArgumentException.class, () -> BayerMosaic.of(filled(Color.RED, 1, 5), "test"));
    }

    @Test
    void closeCanBeCalledTwice() {
        assertDoesNotThrow(() -> {
            camera.close();
            camera.close();
        });
    }

    private static int sample(RawFrame raw, int x, int y) {
        return raw.samples()[y * raw.width() + x];
    }

    private static BufferedImage filled(Color colour, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }
}
