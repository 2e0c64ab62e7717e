package it.org.camsrv.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.ApiClient.Answer;
import it.org.camsrv.support.CamsrvArchive;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Path;
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
    void readyReportsCameraDataDirectoryDatabaseAndApi() {
        Answer ready = server().get("/health/ready", null);
        assertEquals(200, ready.status(), ready.text());
        assertEquals("UP", ready.json().getString("status"));
        JsonObject check = ready.json().getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("name").equals("camsrv")).findFirst().orElseThrow();
        JsonObject data = check.getJsonObject("data");
        assertTrue(data.getBoolean("cameraSimulated"), data.toString());
        assertTrue(data.getBoolean("dataDirectoryWritable"), data.toString());
        assertEquals("reachable", data.getString("database"));
        assertEquals("active", data.getString("api"));
        assertEquals("off", data.getString("mqtt"), "MQTT is off until a broker is set");
    }

    private ApiClient server() throws IllegalStateException {
        try {
            return new ApiClient(new URL(base, "/"));
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
