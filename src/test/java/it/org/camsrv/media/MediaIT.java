package it.org.camsrv.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.ApiClient.Answer;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.RawHttp;
import it.org.camsrv.support.WebSession;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A script takes a photo and fetches it; snapshots and the second camera's stream; nothing else is served. */
@ExtendWith(ArquillianExtension.class)
class MediaIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("media");

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
    void aPhotoTakenThroughTheApiCanBeListedAndFetched() throws Exception {
        String message = api.get("api/take_photo", token).json().getString("message");
        Path photo = Path.of(message.substring("Photo taken: ".length()));
        api.get("api/take_photo2", token);

        Answer list = api.get("api/media?limit=10", token);
        assertEquals(200, list.status(), list.text());
        JsonObject newest = list.json().getJsonArray("media").getJsonObject(0);
        assertTrue(newest.getString("name").contains("_cam1"), "the second camera's photo is newest: " + newest);
        assertEquals(1, newest.getInt("camera"));
        JsonObject first = list.json().getJsonArray("media").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("name").equals(photo.getFileName().toString())).findFirst().orElseThrow();
        assertEquals("photo", first.getString("kind"));
        assertEquals(Files.size(photo), first.getJsonNumber("size").longValue());

        HttpResponse<byte[]> whole = api.http().send(api.request("api/media/" + photo.getFileName(), token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, whole.statusCode());
        assertEquals("image/jpeg", whole.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(Files.readAllBytes(photo), whole.body());
        assertTrue(ImageIO.read(new ByteArrayInputStream(whole.body())).getWidth() > 0);

        HttpResponse<byte[]> part = api.http().send(api.request("api/media/" + photo.getFileName(), token)
                .header("Range", "bytes=100-199").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, part.statusCode());
        assertEquals("bytes 100-199/" + Files.size(photo), part.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(Arrays.copyOfRange(Files.readAllBytes(photo), 100, 200), part.body());

        assertEquals(401, api.get("api/media", null).status(), "a token is needed");
        assertEquals(400, api.get("api/media?limit=0", token).status());
    }

    @Test
    void nothingButTheServersMediaIsServed() {
        RawHttp http = RawHttp.to(base);
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
        for (String path : new String[] {"/api/media/..%2Fcamsrv.secrets", "/api/media/%2e%2e%2fcamsrv.secrets",
                "/api/media/camsrv.secrets", "/api/media/..%2Fdb%2Fcamsrv.sqlite", "/api/media/%2Fetc%2Fpasswd",
                "/api/media/20261128_083000.jpg%00.txt", "/api/media/.thumbnails"}) {
            RawHttp.Answer answer = http.get(path, bearer);
            System.out.println("media: " + path + " -> " + answer.status());
            assertTrue(answer.status() >= 400 && answer.status() < 500, path + ": " + answer);
            assertTrue(!answer.body().contains("jwtSecrets") && !answer.body().contains("PRIVATE"), path + " leaked a file");
        }
        WebSession owner = new WebSession(http).logIn("owner", "owner-password");
        for (String path : new String[] {"/media/..%2Fcamsrv.secrets", "/media/../camsrv.secrets", "/thumbnails/..%2Fcamsrv.secrets",
                "/media/camsrv.secrets", "/media/"}) {
            RawHttp.Answer answer = owner.get(path);
            assertTrue(answer.status() >= 400 || (answer.status() == 302), path + ": " + answer);
            assertTrue(!answer.body().contains("jwtSecrets"), path + " leaked the secrets file");
        }
    }

    @Test
    void snapshotsFollowTheStreamsLoginRule() throws Exception {
        RawHttp http = RawHttp.to(base);
        assertEquals(401, http.get("/photo_feed", Map.of()).status());
        WebSession owner = new WebSession(http).logIn("owner", "owner-password");
        for (String feed : new String[] {"/photo_feed", "/photo_feed2"}) {
            HttpResponse<byte[]> snapshot = api.http().send(api.request(feed.substring(1), null)
                    .header("Cookie", "JSESSIONID=" + owner.sessionCookie()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, snapshot.statusCode(), feed);
            assertEquals("image/jpeg", snapshot.headers().firstValue("Content-Type").orElse(""), feed);
            assertEquals(640, ImageIO.read(new ByteArrayInputStream(snapshot.body())).getWidth(), feed);
        }
        RawHttp.Answer second = owner.get("/video_feed2");
        assertEquals(200, second.status(), second.toString());
        assertTrue(second.header("Content-Type").startsWith("multipart/x-mixed-replace"));
    }
}
