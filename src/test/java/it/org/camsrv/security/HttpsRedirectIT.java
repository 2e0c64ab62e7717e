package it.org.camsrv.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.RawHttp;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With camsrv.https.redirect on, HTTP pages move to HTTPS; the API and the camera streams stay on HTTP for
 * raspiCamSrv's clients and Home Assistant (issue 20, item 6).
 */
@ExtendWith(ArquillianExtension.class)
class HttpsRedirectIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("https-redirect");

    @Deployment(testable = false)
    static WebArchive deployment() {
        PlainUser.importInto(DATA);
        return CamsrvArchive.withDataDirectory(DATA)
                .with("camsrv.api.secrets.file", CamsrvArchive.secretsFileIn(DATA).toString())
                .with("camsrv.https.redirect", "true")
                .with("https.port", System.getProperty("it.https.port")).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void httpPagesMoveToHttps() {
        RawHttp http = RawHttp.to(base);
        String https = "https://" + base.getHost() + ":" + System.getProperty("it.https.port");
        RawHttp.Answer login = http.get("/login?next=1", Map.of());
        assertEquals(301, login.status(), login.toString());
        assertEquals(https + "/login?next=1", login.location());
        RawHttp.Answer post = http.send("POST", "/login", Map.of("Content-Type", "application/x-www-form-urlencoded"), "a=b");
        assertEquals(308, post.status(), "a form keeps its method: " + post);
        RawHttp.Answer overTls = http.overTls().get("/login", Map.of());
        assertEquals(200, overTls.status(), "HTTPS serves the page");
        assertEquals("max-age=31536000", overTls.header("Strict-Transport-Security"),
                "with the pages on HTTPS, the browser is told to stay there: " + overTls.headers());
    }

    @Test
    void apiAndStreamsStayOnHttp() {
        RawHttp http = RawHttp.to(base);
        assertEquals(200, http.get("/api/jwks", Map.of()).status());
        RawHttp.Answer login = http.send("POST", "/api/login", Map.of(),
                "{\"username\": \"" + PlainUser.OWNER + "\", \"password\": \"" + PlainUser.OWNER_PASSWORD + "\"}");
        assertEquals(200, login.status(), login.toString());
        RawHttp.Answer stream = http.get("/video_feed", Map.of());
        assertTrue(stream.status() == 200 || stream.status() == 401, "the stream is not moved: " + stream);
    }
}
