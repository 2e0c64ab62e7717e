package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", pixelRatio, "mobile", mobile));
        cdp.executeCdpCommand("Emulation.setTouchEmulationEnabled",
                mobile ? Map.of("enabled", true, "maxTouchPoints", 5) : Map.of("enabled", false));
    }

    /**
     * Fails unless the page now open is laid out for this screen's width: a phone's full width, a
     * desktop's less its classic scroll bar when the page is taller than the window.
     *
     * @return whether a classic scroll bar took part of the width
     */
    boolean assertIsLaidOutFor(WebDriver driver) {
        var answer = (java.util.List<?>) ((JavascriptExecutor) driver).executeScript(WIDTHS);
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
            assertTrue(!scrolls || scrollBar > 0, name() + ": a page taller than the window should have a classic scroll bar");
        }
        return scrollBar > 0;
    }
}
