package it.org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.security.PlainUser;
import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.ApiClient.Answer;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.RawHttp;
import it.org.camsrv.support.WebSession;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a plain user may do with the camera, over the API and on the Live page: photos and videos yes;
 * stopping the owner's recording, switching cameras and triggered capture no (403, nothing changes).
 * And the longest recording: a video without a duration stops by itself there.
 */
@ExtendWith(ArquillianExtension.class)
class CameraRightsIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("camera-rights");
    private static final int MAX_SECONDS = 3;

    @Deployment(testable = false)
    static WebArchive deployment() {
        PlainUser.importInto(DATA);
        return CamsrvArchive.withDataDirectory(DATA)
                .with("camsrv.api.secrets.file", CamsrvArchive.secretsFileIn(DATA).toString())
                .with("camsrv.camera", "simulated").with("camsrv.camera.simulated.count", "2")
                .with("camsrv.video.max.seconds", Integer.toString(MAX_SECONDS)).build();
    }

    @ArquillianResource
    URL base;

    private ApiClient api;
    private String owner;
    private String plain;

    @BeforeEach
    void logIn() {
        api = new ApiClient(base);
        owner = api.login(PlainUser.OWNER, PlainUser.OWNER_PASSWORD).getString("access_token");
        plain = api.login(PlainUser.NAME, PlainUser.PASSWORD).getString("access_token");
    }

    @AfterEach
    void stopWhatRuns() throws Exception {
        api.get("api/stop_video", owner);
        api.get("api/stop_video2", owner);
        api.get("api/stop_triggered_capture", owner);
        awaitNotRecording(5_000);
    }

    @Test
    void aPlainUserMayNotSwitchCamerasNorStartOrStopTriggeredCapture() {
        String activeBefore = info().get("active_camera").toString();
        refused(api.get("api/switch_cameras", plain), "Only a SuperUser may switch cameras");
        assertEquals(activeBefore, info().get("active_camera").toString(), "the cameras were not switched");

        refused(api.get("api/start_triggered_capture", plain), "Only a SuperUser may start triggered capture");
        assertFalse(status().getBoolean("motion_capturing"), "no triggered capture started");
        assertEquals(200, api.get("api/start_triggered_capture", owner).status());
        refused(api.get("api/stop_triggered_capture", plain), "Only a SuperUser may stop triggered capture");
        assertTrue(status().getBoolean("motion_capturing"), "the owner's triggered capture runs on");
        assertEquals(200, api.get("api/stop_triggered_capture", owner).status());
        assertEquals(200, api.get("api/switch_cameras", owner).status(), "the owner may switch");
        assertEquals(200, api.get("api/switch_cameras", owner).status());
    }

    @Test
    void aPlainUserMayNotStopTheOwnersRecordingButTheirOwn() throws Exception {
        assertEquals(200, api.get("api/record_video", owner).status());
        refused(api.get("api/stop_video", plain), "Only a SuperUser may stop a recording a SuperUser started");
        refused(api.get("api/stop_video_both", plain), "Only a SuperUser may stop a recording a SuperUser started");
        assertTrue(status().getBoolean("video_recording"), "the owner's recording runs on");
        assertEquals(200, api.get("api/stop_video", owner).status());
        awaitNotRecording(5_000);

        assertEquals(200, api.get("api/record_video", plain).status(), "a plain user may record");
        assertEquals(200, api.get("api/stop_video", plain).status(), "and stop their own recording");
        awaitNotRecording(5_000);
        assertEquals(200, api.get("api/record_video2", plain).status());
        assertEquals(200, api.get("api/stop_video2", owner).status(), "the owner may stop a plain user's recording");
    }

    @Test
    void thePlainUsersVideoButtonDoesNotStopTheOwnersRecording() throws Exception {
        WebSession page = new WebSession(RawHttp.to(base)).logIn(PlainUser.NAME, PlainUser.PASSWORD);
        assertEquals(200, api.get("api/record_video", owner).status());
        Map<String, String> form = WebSession.form(page.get("/live"), "live");
        form.put("live:video", "Stop Video");
        RawHttp.Answer pressed = page.post("/live", form);
        assertEquals(403, pressed.status(), pressed.toString());
        assertTrue(pressed.body().contains("Only a SuperUser may stop a recording a SuperUser started"), pressed.body());
        assertTrue(status().getBoolean("video_recording"), "the owner's recording runs on");
    }

    @Test
    void aVideoWithoutADurationStopsByItselfAtTheLongestRecording() throws Exception {
        String message = ok(api.get("api/record_video", plain)).getString("message");
        Path video = Path.of(message.substring("Video recorded to ".length()));
        long started = System.nanoTime();
        awaitNotRecording((MAX_SECONDS + 10) * 1000L);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println("record_video without a body ended by itself after " + seconds + " s");
        assertTrue(Files.size(video) > 10_000, "the video was written");
    }

    @Test
    void aDurationAboveTheLongestRecordingIsRefused() {
        Answer answer = api.send(api.request("api/record_video", plain)
                .method("GET", HttpRequest.BodyPublishers.ofString("{\"duration\": " + (MAX_SECONDS + 1) + "}"))
                .header("Content-Type", "application/json"));
        assertEquals(400, answer.status(), answer.toString());
        assertEquals("\"duration\" must be a number of seconds from 0 to " + MAX_SECONDS
                + " (the longest recording this server makes)", answer.json().getString("error"));
        assertFalse(status().getBoolean("video_recording"), "nothing was started");
    }

    private static void refused(Answer answer, String message) {
        assertEquals(403, answer.status(), answer.toString());
        assertEquals(message, answer.json().getString("message"));
    }

    private static jakarta.json.JsonObject ok(Answer answer) {
        assertEquals(200, answer.status(), answer.toString());
        return answer.json();
    }

    private jakarta.json.JsonObject info() {
        return ok(api.get("api/info", owner)).getJsonObject("message");
    }

    private jakarta.json.JsonObject status() {
        return info().getJsonObject("operation_status");
    }

    private void awaitNotRecording(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (isAnyRecording() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertFalse(isAnyRecording(), "the recording ended within " + millis + " ms");
    }

    private boolean isAnyRecording() {
        return info().getJsonArray("cameras").stream()
                .anyMatch(camera -> camera.asJsonObject().getString("status").equals("open - started")
                        && !camera.asJsonObject().getBoolean("active"))
                || status().getBoolean("video_recording");
    }
}
