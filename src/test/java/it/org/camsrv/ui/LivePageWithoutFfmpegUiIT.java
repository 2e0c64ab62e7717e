package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.ui.pages.LoginPage;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A server without ffmpeg: the Live page plays MJPEG and says why. */
@ExtendWith(ArquillianExtension.class)
class LivePageWithoutFfmpegUiIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.withDataDirectory(CamsrvArchive.newDataDirectory("live-no-ffmpeg")).admin("owner", "owner-password")
                .with("camsrv.camera", "simulated").with("camsrv.ffmpeg", "/nonexistent/ffmpeg").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void withoutAnEncoderTheLivePagePlaysMjpegAndSaysWhy() {
        LoginPage.open(driver, base.toString()).logIn("owner", "owner-password");
        driver.get(base + "live");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "mjpeg".equals(js
                .executeScript("return document.getElementById('liveMode').getAttribute('data-mode')")));
        String line = driver.findElement(By.id("liveMode")).getText();
        assertTrue(line.contains("MJPEG") && line.contains("no H.264 encoder"), line);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> ((Number) js
                .executeScript("return document.getElementById('liveView').naturalWidth")).intValue() == 640);
        assertTrue(!driver.getPageSource().contains("/nonexistent/"), "no server path on the page");
    }
}
