package it.org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.ui.pages.LoginPage;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A recorded video plays in the browser from the Photos page: the point of H.264 in MP4. */
@ExtendWith(ArquillianExtension.class)
class VideoPlaybackUiIT extends BrowserTest {

    private static final Path DATA = CamsrvArchive.newDataDirectory("video-playback-ui");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.ownerWithApi(DATA).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void theRecordingPlaysInTheBrowser() throws Exception {
        ApiClient api = new ApiClient(base);
        String token = api.login("owner", "owner-password").getString("access_token");
        Assumptions.assumeFalse("mjpeg-avi".equals(info(api, token).getString("video_encoder")),
                "Video playback test skipped: the server found no ffmpeg, and browsers do not play Motion-JPEG AVI");
        String message = api.send(api.request("api/record_video", token)
                .method("GET", HttpRequest.BodyPublishers.ofString("{\"duration\": 2}"))
                .header("Content-Type", "application/json")).json().getString("message");
        String name = Path.of(message.substring("Video recorded to ".length())).getFileName().toString();
        assertTrue(name.endsWith(".mp4"), name);
        long deadline = System.currentTimeMillis() + 20_000;
        while (info(api, token).getJsonObject("operation_status").getBoolean("video_recording")
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }

        LoginPage.open(driver, base.toString()).logIn("owner", "owner-password");
        driver.get(base + "photos");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Assumptions.assumeFalse("".equals(js.executeScript(
                "return document.createElement('video').canPlayType('video/mp4; codecs=\"avc1.640028\"')")),
                "Video playback test skipped: this Chromium build plays no H.264 (proprietary codecs left out)");
        WebElement video = driver.findElement(By.cssSelector("figure[data-name='" + name + "'] video"));
        assertTrue(video.getAttribute("src").endsWith("/media/" + name), video.getAttribute("src"));
        js.executeScript("arguments[0].muted = true; arguments[0].preload = 'auto'; arguments[0].load();", video);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> ((Number) js.executeScript(
                "return arguments[0].error ? 4 : arguments[0].readyState", video)).intValue() >= 2); // an error ends the wait too
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) js.executeScript(
                "var v = arguments[0]; return {width: v.videoWidth, height: v.videoHeight, finite: isFinite(v.duration),"
                        + " duration: v.duration, error: v.error ? v.error.code : 0};", video);
        assertEquals(0L, ((Number) state.get("error")).longValue(), state.toString());
        assertTrue(((Number) state.get("width")).intValue() > 0, state.toString());
        assertEquals(Boolean.TRUE, state.get("finite"), state.toString());
        double seconds = ((Number) state.get("duration")).doubleValue();
        assertTrue(seconds > 1 && seconds < 4, state.toString());
        Browser.screenshot(driver, "video-playback");
    }

    private static JsonObject info(ApiClient api, String token) {
        return api.get("api/info", token).json().getJsonObject("message");
    }
}
