package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.ui.pages.LoginPage;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Photos page shows what the camera took, as thumbnails, newest first; the owner deletes one; a snapshot. */
@ExtendWith(ArquillianExtension.class)
class PhotosUiIT extends BrowserTest {

    private static final Path DATA = CamsrvArchive.newDataDirectory("photos-ui");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.ownerWithApi(DATA).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void photosAreShownAsThumbnailsAndTheOwnerDeletesOne() throws Exception {
        ApiClient api = new ApiClient(base);
        String token = api.login("owner", "owner-password").getString("access_token");
        String first = api.get("api/take_photo", token).json().getString("message").substring("Photo taken: ".length());
        api.get("api/take_raw_photo", token);
        api.send(api.request("api/record_video", token).method("GET", HttpRequest.BodyPublishers.ofString("{\"duration\": 1}"))
                .header("Content-Type", "application/json"));
        Thread.sleep(1500);

        LoginPage.open(driver, base.toString()).logIn("owner", "owner-password");
        driver.get(base + "photos");
        List<WebElement> thumbnails = driver.findElements(By.cssSelector(".media-item img"));
        assertTrue(thumbnails.size() >= 2, "the photo and the raw photo's JPEG: " + thumbnails.size());
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return Math.min(...Array.from(document.querySelectorAll('.media-item img')).map(i => i.naturalWidth))"))
                .intValue() > 0);
        assertEquals(1, driver.findElements(By.cssSelector(".media-item video")).size(), "the video is in the page");
        assertTrue(driver.getPageSource().contains("Raw photo (DNG)"));
        boolean avi = "mjpeg-avi".equals(api.get("api/info", token).json().getJsonObject("message").getString("video_encoder"));
        assertEquals(avi ? 1 : 0, driver.findElements(By.id("aviVideos")).size(),
                "the page says so exactly when videos fall back to Motion-JPEG AVI");
        Browser.screenshot(driver, "photos");

        String name = Path.of(first).getFileName().toString();
        driver.findElement(By.cssSelector("figure[data-name='" + name + "'] input[value='Delete']")).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getPageSource().contains(name + " deleted"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("after Delete: " + driver.getCurrentUrl() + "\n" + driver.getPageSource(), e);
        }
        assertTrue(!Files.exists(Path.of(first)), "the file is gone");

        driver.get(base + "photo_feed");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("var i = document.querySelector('img'); return i ? i.naturalWidth : 0")).intValue() == 640);
        Browser.screenshot(driver, "snapshot");
    }
}
