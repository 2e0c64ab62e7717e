package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * A screen the pages must fit. Chromium's device emulation sets the viewport exactly (a headless
 * window's size need not be its viewport's), and for a phone it also honours the page's viewport
 * meta tag as a phone does. It lasts across page loads until another screen is applied.
 */
enum Screen {
    PHONE(390, 844, true),
    DESKTOP(1280, 900, false);

    /** A classic scroll bar may take this much of the width; the page is laid out for the rest. */
    private static final int SCROLL_BAR = 20;

    final int width;
    final int height;
    private final boolean mobile;

    Screen(int width, int height, boolean mobile) {
        this.width = width;
        this.height = height;
        this.mobile = mobile;
    }

    String prefix() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    void apply(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(width, height));
        ((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Fails unless the page now open is laid out for this screen's width. */
    void assertIsLaidOutFor(WebDriver driver) {
        long layoutWidth = ((Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.clientWidth")).longValue();
        assertTrue(layoutWidth <= width && layoutWidth >= width - SCROLL_BAR,
                "the page should be laid out " + width + " px wide (" + name() + ") but is " + layoutWidth + " px wide");
    }
}
