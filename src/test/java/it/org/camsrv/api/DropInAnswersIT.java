package it.org.camsrv.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.ApiClient.Answer;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.RawHttp;
import it.org.camsrv.support.WebSession;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Answers a raspiCamSrv script sees exactly as raspiCamSrv gives them (issue 11's first pass). */
@ExtendWith(ArquillianExtension.class)
class DropInAnswersIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("drop-in");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.ownerWithApiAndTwoCameras(DATA).build();
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
    void bothCamerasRecordAndStopUnderRaspiCamSrvsKeys() throws Exception {
        Answer started = api.get("api/record_video_both", token);
        assertEquals(200, started.status(), started.text());
        JsonObject videos = started.json().getJsonObject("message");
        assertTrue(videos.containsKey("Video 1") && videos.containsKey("Video 2"), "keys with a space: " + videos);
        Thread.sleep(300);

        Answer stopped = api.get("api/stop_video_both", token);
        assertEquals(200, stopped.status(), stopped.text());
        JsonObject message = stopped.json().getJsonObject("message");
        for (String key : new String[] {"Video 1", "Video 2"}) {
            assertEquals("Stopped", message.getJsonObject(key).getString("Status"), key);
            assertEquals(videos.getString(key), message.getJsonObject(key).getString("Video"), key);
        }

        Answer nothing = api.get("api/stop_video_both", token);
        assertEquals(500, nothing.status(), nothing.text());
        assertEquals("No video recording in progress for camera 0", nothing.json().getString("message"));
    }

    @Test
    void startingTriggeredCaptureTwiceStartsItAgain() {
        try {
            assertEquals(200, api.get("api/start_triggered_capture", token).status());
            Answer again = api.get("api/start_triggered_capture", token);
            assertEquals(200, again.status(), again.text());
            assertTrue(api.get("api/info", token).json().getJsonObject("message").getJsonObject("operation_status")
                    .getBoolean("motion_capturing"));
        } finally {
            api.get("api/stop_triggered_capture", token);
        }
    }

    @Test
    void infoWordsTheCameraStatusAsRaspiCamSrv() {
        JsonObject info = api.get("api/info", token).json().getJsonObject("message");
        var cameras = info.getJsonArray("cameras");
        assertEquals("open - started", cameras.getJsonObject(0).getString("status"), info.toString());
        assertEquals("closed", cameras.getJsonObject(1).getString("status"), info.toString());
    }

    @Test
    void generateAccessTokenIsOneClickAndSubmitSpeaksRaspiCamSrvsWords() {
        WebSession owner = new WebSession(RawHttp.to(base)).logIn("owner", "owner-password");
        RawHttp.Answer page = owner.get("/settings?tab=api");
        Map<String, String> tokens = WebSession.form(page, "tokens");
        tokens.remove("tokens:name");
        tokens.put("tokens:generate", "Generate Access Token");
        RawHttp.Answer generated = owner.post("/settings", tokens);
        assertEquals(200, generated.status(), generated.toString());
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("id=\"generatedToken\" class=\"token\">([^<]+)<")
                .matcher(generated.body());
        assertTrue(shown.find(), "the token is shown once, without a name typed");
        assertEquals(200, api.get("api/protected", shown.group(1).strip()).status(), "and it works");
        assertTrue(generated.body().contains("Token of "), "listed under a default name with the date");

        Map<String, String> api = WebSession.form(owner.get("/settings?tab=api"), "api");
        api.put("api:submit", "Submit");
        RawHttp.Answer submitted = owner.post("/settings", api);
        assertEquals(302, submitted.status(), submitted.toString());
        assertTrue(owner.get(submitted.location().replaceFirst("^https?://[^/]+", "")).body()
                .contains("JWT secret key read from Secret Key Store"));
    }

    @Test
    void loadingTheStoredConfigurationLeavesTheRunningApiAlone() {
        WebSession owner = new WebSession(RawHttp.to(base)).logIn("owner", "owner-password");
        Map<String, String> form = WebSession.form(owner.get("/settings?tab=configuration"), "configuration");
        Map<String, String> store = new java.util.LinkedHashMap<>(form);
        store.put("configuration:store", "Store Configuration");
        assertEquals(302, owner.post("/settings", store).status());
        form = WebSession.form(owner.get("/settings?tab=configuration"), "configuration");
        form.put("configuration:load", "Load Stored Configuration");
        RawHttp.Answer loaded = owner.post("/settings", form);
        assertEquals(302, loaded.status(), loaded.toString());

        Answer still = api.get("api/protected", token);
        assertEquals(200, still.status(), "clients keep working until the next restart: " + still.text());
        assertTrue(owner.get("/settings?tab=api").body().contains("API is active"));
    }
}
