package it.org.camsrv.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Headless Debian Chromium driven by Debian's chromedriver. Without those packages the browser
 * tests are skipped with one clear line (.ci/run installs them, so CI skips nothing).
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    public static WebDriver start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Browser test skipped: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        Path profile;
        try {
            profile = Files.createTempDirectory("camsrv-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Flags known to keep Chromium quiet on a machine without network (see the machine notes).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1200,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Saves a PNG of what the window shows under target/screenshots, for a person to look at. */
    public static void screenshot(WebDriver driver, String name) {
        save(name, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Saves a PNG of the whole page, also what lies below the window, in CSS pixels (a phone's three
     * device pixels per CSS pixel would make it nine times as large and no clearer to a reviewer).
     */
    public static void fullPageScreenshot(WebDriver driver, String name) {
        HasCdp cdp = (HasCdp) driver;
        Map<String, Object> metrics = cdp.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> size = (Map<?, ?>) metrics.get("cssContentSize");
        double ratio = ((Number) ((JavascriptExecutor) driver).executeScript("return window.devicePixelRatio")).doubleValue();
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"),
                "height", Math.min(((Number) size.get("height")).doubleValue(), 6000), "scale", 1 / ratio);
        Map<String, Object> shot = cdp.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        save(name, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static void save(String name, byte[] png) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
