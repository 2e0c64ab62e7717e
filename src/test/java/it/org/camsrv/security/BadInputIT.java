package it.org.camsrv.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.ApiClient.Answer;
import it.org.camsrv.support.CamsrvArchive;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Hostile request bodies: each gets a clear 4xx with a JSON error, never a 500, and writes nothing. */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("bad-input");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.ownerWithApi(DATA).build();
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
    void loginBodiesThatAreTooLargeOrNotUtf8AreRefused() {
        assertClientError(api.post("api/login", "{\"username\": \"owner\", \"password\": \"" + "x".repeat(20_000) + "\"}", null));
        assertClientError(api.send(api.request("api/login", null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}))));
        assertClientError(api.post("api/login", "{\"username\": [\"owner\"], \"password\": {}}", null));
    }

    @Test
    void unknownFieldsAreIgnoredNotFatal() {
        Answer answer = api.post("api/login",
                "{\"username\": \"owner\", \"password\": \"owner-password\", \"remember_me\": true}", null);
        assertEquals(200, answer.status(), answer.text());
    }

    @Test
    void videoDurationsThatAreNotSecondsAreRefusedAndRecordNothing() throws Exception {
        for (String body : new String[] {"{\"duration\": \"ten\"}", "{\"duration\": -1}", "{\"duration\": 1e9}", "[1]", "{"}) {
            Answer answer = api.send(api.request("api/record_video", token)
                    .method("GET", HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json"));
            assertClientError(answer);
        }
        assertEquals(0, mediaFiles(), "no video was started");
    }

    @Test
    void probeRequestsOfTheWrongShapeAreRefused() {
        for (String body : new String[] {"{\"properties\": \"all\"}", "{\"properties\": []}", "{}", "not json"}) {
            assertClientError(api.send(api.request("api/probe", token)
                    .method("GET", HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")));
        }
        StringBuilder many = new StringBuilder("{\"properties\": [");
        for (int i = 0; i < 60; i++) {
            many.append(i == 0 ? "" : ",").append("{\"property\": \"camera.simulated\"}");
        }
        assertClientError(api.send(api.request("api/probe", token)
                .method("GET", HttpRequest.BodyPublishers.ofString(many + "]}")).header("Content-Type", "application/json")));
    }

    @Test
    void unknownRoutesAndMethodsAnswerJson() {
        Answer missing = api.get("api/no_such_route", token);
        assertEquals(404, missing.status());
        assertFalse(missing.json().getString("error").isBlank());
        Answer wrongMethod = api.send(api.request("api/protected", token).DELETE());
        assertEquals(405, wrongMethod.status(), wrongMethod.text());
    }

    private static void assertClientError(Answer answer) {
        assertTrue(answer.status() >= 400 && answer.status() < 500, answer.status() + " " + answer.text());
        assertFalse(answer.text().contains("Exception") || answer.text().contains("\tat "), answer.text());
        assertFalse(answer.json().getString("error").isBlank(), answer.text());
    }

    private static long mediaFiles() throws Exception {
        Path media = DATA.resolve("media");
        if (!Files.isDirectory(media)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(media)) {
            return files.count();
        }
    }
}
