package org.camsrv.camera.simulated;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Draws the simulated camera's picture: colour bars, a ball sweeping across them, a title, a UTC
 * timestamp and, along the bottom edge, the same time as a {@link FrameStamp} a test can read back. Every pixel is a pure function of size, time and scene, so tests can compare frames
 * exactly; drawing uses only Graphics2D fills with antialiasing off, which keeps 1920x1080 fast.
 */
public final class TestPattern {

    public static final String TITLE = "CamSrv simulated camera";

    /** The ball goes from the left edge to the right edge and back once per period. */
    public static final Duration SWEEP_PERIOD = Duration.ofSeconds(4);

    /** The ball's colour, which no bar has, so tests can find it. */
    public static final Color BALL = new Color(255, 140, 0);

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private static final Color[] BARS = {
        Color.WHITE, Color.YELLOW, Color.CYAN, Color.GREEN, Color.MAGENTA, Color.RED, Color.BLUE, Color.BLACK
    };

    private static final Color BACKGROUND = new Color(30, 42, 56);

    private TestPattern() {
    }

    /**
     * The picture at {@code time}. Each scene shifts the bars by three places, so switching scenes
     * changes every bar's brightness (the top two thirds of the picture) while the ball, which covers
     * one to two percent, moves on as before; scenes repeat every eight.
     */
    public static BufferedImage render(int width, int height, Instant time, int scene) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("Size must be positive, got " + width + "x" + height);
        }
        // Byte-interleaved BGR is what the JPEG writer takes row by row: a photo then needs no 6 MB copy, which
        // in a small heap under load made garbage collection the limit on photos per second.
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        renderInto(image, time, scene);
        return image;
    }

    /** Draws the picture at {@code time} over the whole of {@code image}, whose size it takes. */
    public static void renderInto(BufferedImage image, Instant time, int scene) {
        int width = image.getWidth();
        int height = image.getHeight();
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
            int barsHeight = Math.max(1, height * 2 / 3);
            drawBars(g, width, barsHeight, scene);
            drawBall(g, width, barsHeight, time);
            g.setColor(BACKGROUND);
            g.fillRect(0, barsHeight, width, height - barsHeight);
            drawTexts(g, width, height, barsHeight, time);
            FrameStamp.draw(g, width, height, time.toEpochMilli());
        } finally {
            g.dispose();
        }
    }

    public static double sweepPosition(Instant time) {
        long period = SWEEP_PERIOD.toMillis();
        double phase = Math.floorMod(time.toEpochMilli(), period) / (double) period;
        return 1 - Math.abs(2 * phase - 1);
    }

    /** The timestamp as the picture shows it. */
    public static String timestamp(Instant time) {
        return TIMESTAMP.format(time);
    }

    private static void drawBars(Graphics2D g, int width, int barsHeight, int scene) {
        int shift = Math.floorMod(scene * 3, BARS.length);
        for (int i = 0; i < BARS.length; i++) {
            int left = i * width / BARS.length;
            int right = (i + 1) * width / BARS.length;
            g.setColor(BARS[(i + shift) % BARS.length]);
            g.fillRect(left, 0, right - left, barsHeight);
        }
    }

    private static void drawBall(Graphics2D g, int width, int barsHeight, Instant time) {
        int diameter = Math.max(2, Math.min(width, barsHeight) / 4);
        int left = (int) Math.round(sweepPosition(time) * Math.max(0, width - diameter));
        int top = (barsHeight - diameter) / 2;
        int ring = Math.max(1, diameter / 16);
        g.setColor(Color.BLACK);
        g.fillOval(left, top, diameter, diameter);
        g.setColor(BALL);
        g.fillOval(left + ring, top + ring, diameter - 2 * ring, diameter - 2 * ring);
    }

    private static void drawTexts(Graphics2D g, int width, int height, int barsHeight, Instant time) {
        int band = height - barsHeight;
        int margin = Math.max(1, width / 32);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(1, Math.min(band * 2 / 7, width / 16))));
        // Both lines sit in the upper two thirds of the band: the frame stamp takes its bottom.
        g.drawString(TITLE, margin, barsHeight + band * 35 / 100);
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, Math.max(1, Math.min(band / 4, width / 20))));
        g.drawString(timestamp(time) + " UTC", margin, barsHeight + band * 65 / 100);
    }
}
