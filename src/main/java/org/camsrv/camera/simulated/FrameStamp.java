package org.camsrv.camera.simulated;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.OptionalLong;

/**
 * The capture time (milliseconds of the server's clock) drawn into a simulated frame as two rows of
 * black and white blocks along its bottom edge, so that a test can read it back from the picture a
 * browser shows and measure glass-to-glass latency instead of guessing it. Blocks are a fortieth of the
 * width (16 px at 640x480), large enough to survive JPEG and H.264; a start and an end pattern and a
 * CRC-8 over the 64 bits tell a stamp from a picture that merely has blocks.
 */
public final class FrameStamp {

    public static final int COLUMNS = 40;
    public static final int ROWS = 2;
    public static final int CELLS = COLUMNS * ROWS;

    private static final int[] START = {1, 1, 1, 0};
    private static final int[] END = {0, 1, 1, 1};
    private static final int DATA_BITS = 64;
    private static final int CRC_BITS = 8;

    private FrameStamp() {
    }

    /** The side of one block in a picture {@code width} wide. */
    public static int cellSize(int width) {
        return Math.max(1, width / COLUMNS);
    }

    /** The first row of pixels the stamp covers in a picture of this size. */
    public static int top(int width, int height) {
        return Math.max(0, height - ROWS * cellSize(width));
    }

    /** Draws the stamp for {@code millis} over the bottom of the picture. */
    public static void draw(Graphics2D g, int width, int height, long millis) {
        int cell = cellSize(width);
        int top = top(width, height);
        int[] bits = bits(millis);
        for (int i = 0; i < CELLS; i++) {
            g.setColor(bits[i] == 1 ? Color.WHITE : Color.BLACK);
            g.fillRect((i % COLUMNS) * cell, top + (i / COLUMNS) * cell, cell, cell);
        }
    }

    /** The 80 blocks for {@code millis}, 1 for white: start pattern, 64 bits (highest first), CRC-8, end pattern. */
    static int[] bits(long millis) {
        int[] bits = new int[CELLS];
        System.arraycopy(START, 0, bits, 0, START.length);
        int at = START.length;
        for (int bit = DATA_BITS - 1; bit >= 0; bit--) {
            bits[at++] = (int) (millis >>> bit) & 1;
        }
        int crc = crc8(millis);
        for (int bit = CRC_BITS - 1; bit >= 0; bit--) {
            bits[at++] = (crc >>> bit) & 1;
        }
        System.arraycopy(END, 0, bits, at, END.length);
        return bits;
    }

    /**
     * The time from the blocks' mean brightness (0–255, in the order {@link #draw} lays them: row by row,
     * left to right); empty when the patterns or the CRC do not match (no stamp, or one broken by the codec).
     */
    public static OptionalLong decode(int[] cellBrightness) {
        if (cellBrightness.length != CELLS) {
            return OptionalLong.empty();
        }
        int[] bits = new int[CELLS];
        for (int i = 0; i < CELLS; i++) {
            bits[i] = cellBrightness[i] >= 128 ? 1 : 0;
        }
        for (int i = 0; i < START.length; i++) {
            if (bits[i] != START[i] || bits[CELLS - END.length + i] != END[i]) {
                return OptionalLong.empty();
            }
        }
        long millis = 0;
        int at = START.length;
        for (int i = 0; i < DATA_BITS; i++) {
            millis = (millis << 1) | bits[at++];
        }
        int crc = 0;
        for (int i = 0; i < CRC_BITS; i++) {
            crc = (crc << 1) | bits[at++];
        }
        return crc == crc8(millis) ? OptionalLong.of(millis) : OptionalLong.empty();
    }

    /** Reads the stamp from a picture: each block's mean brightness over its middle half. */
    public static OptionalLong read(BufferedImage image) {
        int cell = cellSize(image.getWidth());
        int top = top(image.getWidth(), image.getHeight());
        int[] brightness = new int[CELLS];
        int margin = cell / 4;
        for (int i = 0; i < CELLS; i++) {
            int left = (i % COLUMNS) * cell;
            int upper = top + (i / COLUMNS) * cell;
            long sum = 0;
            int count = 0;
            for (int y = upper + margin; y < upper + cell - margin; y++) {
                for (int x = left + margin; x < left + cell - margin; x++) {
                    int rgb = image.getRGB(x, y);
                    sum += (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
                    count++;
                }
            }
            brightness[i] = count == 0 ? 0 : (int) (sum / count);
        }
        return decode(brightness);
    }

    /** CRC-8 (polynomial 0x07) over the eight bytes of {@code value}, highest first. */
    static int crc8(long value) {
        int crc = 0;
        for (int shift = 56; shift >= 0; shift -= 8) {
            crc ^= (int) (value >>> shift) & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x80) != 0 ? ((crc << 1) ^ 0x07) & 0xFF : (crc << 1) & 0xFF;
            }
        }
        return crc;
    }
}
