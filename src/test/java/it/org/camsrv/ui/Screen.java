package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * A screen the pages must fit. Chromium's device emulation sets the viewport exactly (a headless
 * window's size need not be its viewport's); for a phone it also honours the page's viewport meta
 * tag, lays scroll bars over the page and sends touch events, as a phone does. A desktop screen
 * keeps Chromium's classic scroll bar, which takes its width from the page. It lasts across page
 * loads until another screen is applied.
 */
enum Screen {
    /** The most common Android width, at a phone's pixel density. */
    PHONE_360(360, 780, 3, true),
    /** A current iPhone. */
    PHONE_390(390, 844, 3, true),
    /** A desktop window narrowed to 375 px, of which the scroll bar takes about 15. */
    DESKTOP_375(375, 700, 1, false),
    DESKTOP_1280(1280, 900, 1, false);

    /** A classic scroll bar may take this much of the width; the page is laid out for the rest. */
    private static final int SCROLL_BAR = 20;
    /** Chromium's classic scroll bar on Linux, where it still draws one. */
    private static final int CLASSIC_BAR = 15;

    private static final String WIDTHS = "return [document.documentElement.clientWidth, window.innerWidth,"
            + " document.documentElement.scrollHeight > window.innerHeight]";

    final int width;
    final int height;
    private final int pixelRatio;
    final boolean mobile;

    Screen(int width, int height, int pixelRatio, boolean mobile) {
        this.width = width;
        this.height = height;
        this.pixelRatio = pixelRatio;
        this.mobile = mobile;
    }

    /** The screenshots' prefix, e.g. "phone-360". */
    String prefix() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    void apply(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(width, height));
        HasCdp cdp = (HasCdp) driver;
        emulateWidth(driver, width);
        cdp.executeCdpCommand("Emulation.setTouchEmulationEnabled",
                mobile ? Map.of("enabled", true, "maxTouchPoints", 5) : Map.of("enabled", false));
    }

    private void emulateWidth(WebDriver driver, int emulatedWidth) {
        ((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", emulatedWidth, "height", height, "deviceScaleFactor", pixelRatio, "mobile", mobile));
    }

    private static List<?> widths(WebDriver driver) {
        return (List<?>) ((JavascriptExecutor) driver).executeScript(WIDTHS);
    }

    /**
     * Fails unless the page now open is laid out for this screen's width: a phone's full width, a
     * desktop's less its classic scroll bar when the page is taller than the window.
     * <p>
     * Chromium 150 (Debian 12's in December 2026) draws no classic scroll bar under device emulation on
     * CamSrv's pages, where a plain tall test page still gets one (15 px). A desktop page taller than the
     * window is then laid out as that bar would leave it, 15 px narrower, and checked there.
     *
     * @return whether a classic scroll bar (Chromium's, or its 15 px stand-in) took part of the width
     */
    boolean assertIsLaidOutFor(WebDriver driver) {
        if (!mobile) {
            emulateWidth(driver, width); // the full window again, after a stand-in narrowed it
        }
        var answer = widths(driver);
        long layoutWidth = ((Number) answer.get(0)).longValue();
        long innerWidth = ((Number) answer.get(1)).longValue();
        boolean scrolls = (Boolean) answer.get(2);
        long scrollBar = innerWidth - layoutWidth;
        if (mobile) {
            assertTrue(layoutWidth == width && scrollBar == 0,
                    name() + ": the page should be laid out " + width + " px wide with no scroll bar taking width, but is "
                            + layoutWidth + " px wide of " + innerWidth);
        } else {
            assertTrue(innerWidth == width && layoutWidth <= width && layoutWidth >= width - SCROLL_BAR,
                    name() + ": the page should be laid out in a window " + width + " px wide, less a scroll bar, but is "
                            + layoutWidth + " px wide of " + innerWidth);
            if (scrolls && scrollBar == 0) {
                emulateWidth(driver, width - CLASSIC_BAR);
                long narrowed = ((Number) widths(driver).get(0)).longValue();
                assertTrue(narrowed == width - CLASSIC_BAR, name() + ": the page should be laid out " + (width - CLASSIC_BAR)
                        + " px wide beside a classic scroll bar's stand-in, but is " + narrowed);
                return true;
            }
        }
        return scrollBar > 0;
    }
}
