package it.org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.ApiClient.Answer;
import it.org.camsrv.support.CamsrvArchive;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** raspiCamSrv's second-camera routes, on two simulated cameras. */
@ExtendWith(ArquillianExtension.class)
class TwoCamerasIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("two-cameras");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.ownerWithApi(DATA)
                .with("camsrv.camera", "simulated")
                .with("camsrv.camera.simulated.count", "2")
                .build();
    }

    @ArquillianResource
    URL base;

    private ApiClient api;
    private String token;

    @BeforeEach
    void logIn() {
        api = new ApiClient(base);
        token = api.login("owner", "owner-password").getString("access_token");
    }

    @Test
    void bothCamerasTakePhotos() throws Exception {
        String single = ok(api.get("api/take_photo2", token)).getString("message");
        assertTrue(single.startsWith("Photo taken: "), single);
        JsonObject both = ok(api.get("api/take_photo_both", token)).getJsonObject("message");
        Path first = Path.of(both.getString("Photo1"));
        Path second = Path.of(both.getString("Photo2"));
        assertNotEquals(first, second);
        assertNotNull(ImageIO.read(first.toFile()));
        assertNotNull(ImageIO.read(second.toFile()));
        JsonObject raw = ok(api.get("api/take_raw_photo_both", token)).getJsonObject("message");
        assertTrue(raw.getString("Photo1").endsWith(".dng") && raw.getString("Photo2").endsWith(".dng"), raw.toString());
    }

    @Test
    void bothCamerasRecordAndStop() throws Exception {
        JsonObject started = ok(api.send(api.request("api/record_video_both", token)
                .method("GET", HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json"))).getJsonObject("message");
        Answer refused = api.get("api/switch_cameras", token);
        assertEquals(500, refused.status(), "no switch while recording");
        JsonObject status = ok(api.get("api/info", token)).getJsonObject("message").getJsonObject("operation_status");
        assertTrue(status.getBoolean("video_recording"));
        assertTrue(status.getBoolean("video_recording2"));
        JsonObject stopped = ok(api.get("api/stop_video_both", token)).getJsonObject("message");
        assertEquals("Stopped", stopped.getJsonObject("Video 1").getString("Status"));
        assertEquals("Stopped", stopped.getJsonObject("Video 2").getString("Status"));
        for (String video : new String[] {started.getString("Video 1"), started.getString("Video 2")}) {
            long deadline = System.currentTimeMillis() + 5000;
            while (!Files.exists(Path.of(video)) && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(Files.size(Path.of(video)) > 0, video);
        }
        assertEquals(500, api.get("api/stop_video2", token).status(), "nothing left to stop");
    }

    @Test
    void switchingMakesTheOtherCameraActive() {
        JsonObject before = ok(api.get("api/info", token)).getJsonObject("message");
        assertEquals(2, before.getJsonArray("cameras").size());
        assertEquals("Camera switch successful", ok(api.get("api/switch_cameras", token)).getString("message"));
        JsonObject after = ok(api.get("api/info", token)).getJsonObject("message");
        assertNotEquals(before.getString("active_camera"), after.getString("active_camera"));
        assertFalse(after.getJsonArray("cameras").getJsonObject(0).getBoolean("active"));
        assertTrue(after.getJsonArray("cameras").getJsonObject(1).getBoolean("active"));
        ok(api.get("api/switch_cameras", token));
    }

    private static JsonObject ok(Answer answer) {
        assertEquals(200, answer.status(), answer.text());
        return answer.json();
    }
}
