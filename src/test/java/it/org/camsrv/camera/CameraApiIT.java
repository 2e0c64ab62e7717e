package it.org.camsrv.camera;

import static it.org.camsrv.support.ApiAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.ApiClient.Answer;
import it.org.camsrv.support.CamsrvArchive;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.camsrv.settings.ApiSettings;
import org.camsrv.settings.ConfigurationStore;
import org.camsrv.settings.GeneralParameters;
import org.camsrv.settings.ServerConfiguration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contract §5 on the simulated camera: every route with a valid token, and files that decode. */
@ExtendWith(ArquillianExtension.class)
class CameraApiIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("camera-api");

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        // A stored configuration with the live stream open without a login, as an owner might set it.
        ApiSettings api = new ApiSettings(true, DATA.resolve("camsrv.secrets").toString(), 60, 1);
        ConfigurationStore store = new ConfigurationStore(DATA.resolve("config"), api);
        store.store(new ServerConfiguration(api, new GeneralParameters("jpg", "dng", "avi", false)));
        store.setStartWithStoredConfiguration(true);
        return CamsrvArchive.withDataDirectory(DATA).admin("owner", "owner-password").build();
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
    void takePhotoSavesADecodableJpeg() throws IOException {
        Path photo = fileIn(ok(api.get("api/take_photo", token)), "Photo taken: ");
        assertTrue(photo.startsWith(DATA.resolve("media")), photo.toString());
        assertTrue(photo.getFileName().toString().matches("\\d{8}_\\d{6}(_\\d+)?\\.jpg"), photo.toString());
        BufferedImage image = ImageIO.read(photo.toFile());
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
    }

    @Test
    void takeRawPhotoSavesADngAndAJpeg() throws IOException {
        Path raw = fileIn(ok(api.get("api/take_raw_photo", token)), "Raw photo taken: ");
        assertTrue(raw.toString().endsWith(".dng"), raw.toString());
        byte[] header = Arrays.copyOf(Files.readAllBytes(raw), 4);
        assertArrayEquals(new byte[] {'I', 'I', 42, 0}, header);
        assertTrue(Files.size(raw) > 1920L * 1080 * 2);
    }

    @Test
    void recordVideoWithADurationStopsByItself() throws Exception {
        Answer answer = api.send(api.request("api/record_video", token)
                .method("GET", HttpRequest.BodyPublishers.ofString("{\"duration\": 1}"))
                .header("Content-Type", "application/json"));
        Path video = fileIn(ok(answer), "Video recorded to ");
        waitFor(video, 10_000);
        byte[] head = Arrays.copyOf(Files.readAllBytes(video), 12);
        assertEquals("RIFF", new String(head, 0, 4));
        assertEquals("AVI ", new String(head, 8, 4));
        assertFalse(api.get("api/info", token).json().getJsonObject("message")
                .getJsonObject("operation_status").getBoolean("video_recording"));
    }

    @Test
    void openEndedVideoStopsOnStopVideo() throws Exception {
        Path video = fileIn(ok(api.get("api/record_video", token)), "Video recorded to ");
        Thread.sleep(500);
        assertTrue(api.get("api/info", token).json().getJsonObject("message")
                .getJsonObject("operation_status").getBoolean("video_recording"));
        JsonObject stopped = ok(api.get("api/stop_video", token)).getJsonObject("message");
        assertEquals(video.toString(), stopped.getString("Video"));
        assertEquals("Stopped", stopped.getString("Status"));
        waitFor(video, 5_000);
        Answer again = api.get("api/stop_video", token);
        assertEquals(500, again.status());
        assertEquals("No video recording in progress", again.json().getString("message"));
    }

    @Test
    void photosDuringARecordingAndInParallelAllDecode() throws Exception {
        Path video = fileIn(ok(api.get("api/record_video", token)), "Video recorded to ");
        List<java.util.concurrent.CompletableFuture<Answer>> photos = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            photos.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> api.get("api/take_photo", token)));
        }
        java.util.Set<Path> files = new java.util.HashSet<>();
        for (var photo : photos) {
            Path file = fileIn(ok(photo.get()), "Photo taken: ");
            assertNotNull(ImageIO.read(file.toFile()), file + " decodes");
            files.add(file);
        }
        assertEquals(6, files.size(), "six photos, six files: none overwritten");
        ok(api.get("api/stop_video", token));
        waitFor(video, 5_000);
        assertTrue(Files.size(video) > 10_000);
    }

    @Test
    void infoDescribesTheSimulatedCamera() {
        JsonObject message = ok(api.get("api/info", token)).getJsonObject("message");
        assertTrue(message.getString("version").startsWith("CamSrv "));
        assertFalse(message.getString("server").isBlank());
        JsonObject camera = message.getJsonArray("cameras").getJsonObject(0);
        assertEquals(0, camera.getInt("num"));
        assertEquals("CamSrv simulated camera", camera.getString("model"));
        assertFalse(camera.getBoolean("is_usb"));
        assertTrue(camera.getBoolean("active"));
        JsonObject status = message.getJsonObject("operation_status");
        for (String key : List.of("livestream_active", "photoseries_recording", "motion_capturing", "event_handling",
                "video_recording", "audio_recording")) {
            assertNotNull(status.get(key), key);
        }
    }

    @Test
    void secondCameraRoutesSayThereIsNone() {
        for (String route : List.of("take_photo2", "take_photo_both", "take_raw_photo2", "take_raw_photo_both",
                "record_video2", "stop_video2", "record_video_both", "stop_video_both")) {
            Answer answer = api.get("api/" + route, token);
            assertEquals(500, answer.status(), route);
            assertEquals("Second camera is not available", answer.json().getString("message"), route);
        }
        Answer switched = api.get("api/switch_cameras", token);
        assertEquals(500, switched.status());
        assertEquals("No other camera available", switched.json().getString("message"));
    }

    @Test
    void probeAnswersKnownPropertiesAndRefusesExpressions() {
        Answer answer = api.send(api.request("api/probe", token).method("GET", HttpRequest.BodyPublishers.ofString(
                "{\"properties\": [{\"property\": \"CameraCfg().serverConfig.photoType\"},"
                        + " {\"property\": \"__import__('os').system('touch /tmp/camsrv-probe-pwned')\"}]}"))
                .header("Content-Type", "application/json"));
        var results = ok(answer).getJsonArray("results");
        assertEquals("jpg", results.getJsonObject(0).getString("CameraCfg().serverConfig.photoType"));
        assertTrue(results.getJsonObject(1).getString("property").startsWith("ERROR"));
        assertFalse(Files.exists(Path.of("/tmp/camsrv-probe-pwned")));
        assertEquals(400, api.get("api/probe", token).status());
    }

    @Test
    void cameraRoutesRefuseARefreshToken() {
        String refresh = api.login("owner", "owner-password").getString("refresh_token");
        assertRefused(api.get("api/take_photo", refresh), "Only non-refresh tokens are allowed");
        assertRefused(api.get("api/take_photo", "x.y.z"), "Invalid header padding");
        assertEquals(401, api.get("api/take_photo", null).status());
    }

    @Test
    void liveStreamDeliversAtLeastTenJpegFrames() throws Exception {
        HttpResponse<InputStream> stream = api.http().send(api.request("video_feed", null).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("multipart/x-mixed-replace"));
        int frames = 0;
        try (InputStream in = stream.body()) {
            byte[] buffer = new byte[64 * 1024];
            int previous = -1;
            long deadline = System.currentTimeMillis() + 15_000;
            while (frames < 10 && System.currentTimeMillis() < deadline) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xff;
                    if (previous == 0xff && b == 0xd8) {
                        frames++;
                    }
                    previous = b;
                }
            }
        }
        assertTrue(frames >= 10, "frames seen: " + frames);
    }

    private static JsonObject ok(Answer answer) {
        assertEquals(200, answer.status(), answer.text());
        return answer.json();
    }

    private static Path fileIn(JsonObject body, String prefix) {
        String message = body.getString("message");
        assertTrue(message.startsWith(prefix), message);
        return Path.of(message.substring(prefix.length()));
    }

    private static void waitFor(Path file, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!Files.exists(file) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        try {
            assertTrue(Files.size(file) > 0, file + " exists");
        } catch (IOException e) {
            throw new UncheckedIOException(file + " was not written", e);
        }
    }
}
