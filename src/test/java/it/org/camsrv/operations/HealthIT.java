package it.org.camsrv.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.ApiClient.Answer;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.RawHttp;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** MicroProfile Health at the server's /health/live and /health/ready, as systemd and containers ask it. */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("health");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.ownerWithApi(DATA).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void liveAnswersUp() {
        Answer live = server().get("/health/live", null);
        assertEquals(200, live.status(), live.text());
        assertEquals("UP", live.json().getString("status"));
    }

    @Test
    void readyReportsDataDirectoryDatabaseAndMqttButNotTheCameraOrTheApi() {
        Answer ready = server().get("/health/ready", null);
        assertEquals(200, ready.status(), ready.text());
        assertEquals("UP", ready.json().getString("status"));
        JsonObject check = ready.json().getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("name").equals("camsrv")).findFirst().orElseThrow();
        JsonObject data = check.getJsonObject("data");
        assertTrue(data.getBoolean("dataDirectoryWritable"), data.toString());
        assertEquals("reachable", data.getString("database"));
        assertEquals("off", data.getString("mqtt"), "MQTT is off until a broker is set");
        // Anyone may ask /health: it names no camera and says nothing about how the API is secured.
        assertEquals(java.util.Set.of("dataDirectoryWritable", "database", "mqtt"), data.keySet(), data.toString());
        assertFalse(ready.text().contains("CamSrv simulated camera"), ready.text());
    }

    @Test
    void readinessWritesNoFilePerCall() throws Exception {
        assertEquals(200, server().get("/health/ready", null).status());
        FileTime before = Files.getLastModifiedTime(DATA);
        Thread.sleep(50);
        for (int i = 0; i < 5; i++) {
            assertEquals(200, server().get("/health/ready", null).status());
        }
        // A file made and removed in the data directory changes the directory's modification time.
        assertEquals(before, Files.getLastModifiedTime(DATA), "the data directory was written to by a readiness call");
    }

    @Test
    void liberty404sNameNoJavaClass() {
        for (String path : new String[] {"/health/../settings", "/health/nothing", "/openapi/nothing"}) {
            RawHttp.Answer answer = RawHttp.to(base).get(path, java.util.Map.of());
            assertEquals(404, answer.status(), path + ": " + answer);
            assertFalse(answer.body().contains("java.") || answer.body().contains("Exception")
                    || answer.body().contains("SRVE"), path + ": " + answer.body());
        }
    }

    private ApiClient server() throws IllegalStateException {
        try {
            return new ApiClient(new URL(base, "/"));
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
