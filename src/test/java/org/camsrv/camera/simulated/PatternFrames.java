package org.camsrv.camera.simulated;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.Instant;

/** Measures on test-pattern frames, for the tests of the pattern and of what shows or stores it. */
public final class PatternFrames {

    /** A time when the ball is at the left edge: a whole number of sweep periods after the epoch. */
    public static final Instant T0 = Instant.ofEpochSecond(1_700_000_000);

    private PatternFrames() {
    }

    public static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** The mean x of the ball's pixels on the middle row of the bars. */
    public static double ballCentre(BufferedImage image) {
        int y = image.getHeight() * 2 / 3 / 2;
        long sum = 0;
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            if ((image.getRGB(x, y) & 0xFFFFFF) == (TestPattern.BALL.getRGB() & 0xFFFFFF)) {
                sum += x;
                count++;
            }
        }
        assertTrue(count > 0, "no ball on row " + y);
        return sum / (double) count;
    }

    /** The share of 8x8-pixel cells whose mean grey level differs by more than 20 of 255. */
    public static double changedShare(BufferedImage a, BufferedImage b) {
        double[] greyA = downscaledGrey(a);
        double[] greyB = downscaledGrey(b);
        int changed = 0;
        for (int i = 0; i < greyA.length; i++) {
            if (Math.abs(greyA[i] - greyB[i]) > 20) {
                changed++;
            }
        }
        return changed / (double) greyA.length;
    }

    private static double[] downscaledGrey(BufferedImage image) {
        int cells = 8;
        int columns = image.getWidth() / cells;
        int rows = image.getHeight() / cells;
        double[] grey = new double[columns * rows];
        for (int y = 0; y < rows * cells; y++) {
            for (int x = 0; x < columns * cells; x++) {
                int rgb = image.getRGB(x, y);
                double value = 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
                grey[(y / cells) * columns + x / cells] += value / (cells * cells);
            }
        }
        return grey;
    }
}
