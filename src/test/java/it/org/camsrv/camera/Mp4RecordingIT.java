package it.org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.ApiClient.Answer;
import it.org.camsrv.support.CamsrvArchive;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camsrv.camera.media.VideoTools;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Videos with the default settings: H.264 in MP4 through ffmpeg, which the server finds on this machine
 * (.ci/run installs it). The server runs on this machine too, so its ffmpeg shows in the process list.
 */
@ExtendWith(ArquillianExtension.class)
class Mp4RecordingIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("mp4-recording");

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
    void infoNamesTheVideoEncoder() {
        String encoder = info().getString("video_encoder");
        assertTrue(List.of("h264_v4l2m2m", "libx264", "mjpeg-avi").contains(encoder), encoder);
    }

    @Test
    void aThreeSecondRecordingIsAnH264Mp4OfAboutThreeSeconds() throws Exception {
        requireServerFfmpeg();
        VideoTools.requireProgram("ffprobe");
        Answer answer = api.send(api.request("api/record_video", token)
                .method("GET", HttpRequest.BodyPublishers.ofString("{\"duration\": 3}"))
                .header("Content-Type", "application/json"));
        Path video = fileIn(answer, "Video recorded to ");
        assertTrue(video.getFileName().toString().matches("\\d{8}_\\d{6}(_\\d+)?\\.mp4"), video.toString());
        awaitRecordingEnd(20_000);
        assertEquals(List.of(), VideoTools.processesWriting(video), "ffmpeg ended with the recording");

        JsonObject probed = VideoTools.probe(video);
        assertEquals(1, probed.getJsonArray("streams").size(), probed.toString());
        JsonObject stream = probed.getJsonArray("streams").getJsonObject(0);
        assertEquals("h264", stream.getString("codec_name"));
        assertEquals("yuv420p", stream.getString("pix_fmt"));
        double seconds = Double.parseDouble(probed.getJsonObject("format").getString("duration"));
        assertTrue(seconds >= 2 && seconds <= 5, "duration " + seconds);
    }

    @Test
    void noFfmpegOutlivesStopVideo() throws Exception {
        requireServerFfmpeg();
        Path video = fileIn(api.get("api/record_video", token), "Video recorded to ");
        Thread.sleep(1500);
        assertEquals(1, VideoTools.processesWriting(video).size(), "one ffmpeg records " + video);
        Answer stopped = api.get("api/stop_video", token);
        assertEquals(200, stopped.status(), stopped.text());
        assertEquals(List.of(), VideoTools.processesWriting(video), "stop_video answers once ffmpeg has ended");
        assertFalse(info().getJsonObject("operation_status").getBoolean("video_recording"));
        VideoTools.requireProgram("ffprobe");
        assertTrue(VideoTools.decodedFrames(video) > 0, "the stopped video plays");
    }

    private void requireServerFfmpeg() {
        Assumptions.assumeFalse("mjpeg-avi".equals(info().getString("video_encoder")),
                "MP4 test skipped: the server found no ffmpeg and records Motion-JPEG AVI (apt-get install ffmpeg)");
    }

    private JsonObject info() {
        Answer answer = api.get("api/info", token);
        assertEquals(200, answer.status(), answer.text());
        return answer.json().getJsonObject("message");
    }

    private void awaitRecordingEnd(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (info().getJsonObject("operation_status").getBoolean("video_recording")
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertFalse(info().getJsonObject("operation_status").getBoolean("video_recording"), "the recording ended by itself");
    }

    private static Path fileIn(Answer answer, String prefix) {
        assertEquals(200, answer.status(), answer.text());
        String message = answer.json().getString("message");
        assertTrue(message.startsWith(prefix), message);
        return Path.of(message.substring(prefix.length()));
    }
}
