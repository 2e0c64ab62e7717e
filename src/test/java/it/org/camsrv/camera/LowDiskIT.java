package it.org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.ApiClient.Answer;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.RawHttp;
import it.org.camsrv.support.WebSession;
import java.io.IOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camsrv.camera.media.VideoTools;
import org.camsrv.data.Tmpfs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Photos and videos on a media disk that is nearly full (a small tmpfs mounted on the media folder, so
 * "free space" is the kernel's): below the reserve they are refused with a message and leave no file;
 * a recording started just above it ends by itself as a complete file, with the reserve still free.
 */
@ExtendWith(ArquillianExtension.class)
class LowDiskIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("low-disk");
    private static final int RESERVE_MB = 12;
    private static final int RESERVE_PAGES = RESERVE_MB * 1024 * 1024 / Tmpfs.PAGE;
    private static final int PAGES_PER_MB = 1024 * 1024 / Tmpfs.PAGE;
    private static Tmpfs disk;

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        disk = Tmpfs.mount(DATA.resolve("media"), 24 * 1024);
        return CamsrvArchive.ownerWithApi(DATA).with("camsrv.media.reserve.mb", Integer.toString(RESERVE_MB)).build();
    }

    @AfterAll
    static void unmount() {
        if (disk != null) {
            disk.close();
        }
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

    @AfterEach
    void emptyTheDisk() throws IOException {
        api.get("api/stop_video", token);
        disk.freeSpace();
        try (Stream<Path> files = Files.list(disk.path())) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void belowTheReservePhotosAndVideosAreRefusedAndLeaveNoFile() throws Exception {
        disk.fillLeaving(RESERVE_PAGES - PAGES_PER_MB);
        long free = disk.freeBytes();
        refused(api.get("api/take_photo", token), "Not enough free disk space for a photo");
        refused(api.get("api/take_raw_photo", token), "Not enough free disk space for a raw photo");
        refused(api.get("api/record_video", token), "Not enough free disk space for a video");

        WebSession page = new WebSession(RawHttp.to(base)).logIn("owner", "owner-password");
        Map<String, String> form = WebSession.form(page.get("/live"), "live");
        form.put("live:photo", "Photo");
        RawHttp.Answer pressed = page.post("/live", form);
        assertEquals(200, pressed.status(), pressed.toString());
        assertTrue(pressed.body().contains("Not enough free disk space for a photo"), pressed.body());

        assertEquals(List.of(".filler"), names(), "no photo or video file, not even an empty one");
        assertEquals(free, disk.freeBytes(), "nothing took any space");
    }

    @Test
    void aPhotoThatWouldEatIntoTheReserveIsRefusedAndLeavesNoFile() throws Exception {
        disk.fillLeaving(RESERVE_PAGES + 4); // room for 16 KB: less than any full-size photo
        refused(api.get("api/take_photo", token), "Not enough free disk space for a photo");
        assertEquals(List.of(".filler"), names());
    }

    @Test
    void aRecordingStartedJustAboveTheReserveEndsCompleteWithTheReserveFree() throws Exception {
        disk.fillLeaving(RESERVE_PAGES + PAGES_PER_MB);
        long freeAtStart = disk.freeBytes();
        Answer started = api.get("api/record_video", token);
        assertEquals(200, started.status(), started.toString());
        Path video = Path.of(started.json().getString("message").substring("Video recorded to ".length()));
        long begun = System.nanoTime();
        long deadline = System.currentTimeMillis() + 20_000;
        while (recording() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertFalse(recording(), "the recording ended by itself at the reserve");
        double seconds = (System.nanoTime() - begun) / 1e9;
        long freeAtEnd = disk.freeBytes();
        byte[] file = Files.readAllBytes(video);
        System.out.printf("low disk: started %.2f MB above a %d MB reserve, ended after %.1f s, video %d bytes,"
                + " %.2f MB free at the end%n", (freeAtStart - RESERVE_MB * 1048576.0) / 1048576, RESERVE_MB, seconds,
                file.length, freeAtEnd / 1048576.0);
        assertEquals("complete", completeness(video.getFileName().toString(), file), "the video was completed");
        assertTrue(VideoTools.decodedFrames(video) > 0, "the video plays");
        assertTrue(freeAtEnd >= (RESERVE_MB - 1) * 1048576L, "the reserve stayed (nearly) free: " + freeAtEnd);
        assertEquals(List.of(".filler", video.getFileName().toString()), names(), "no temporary file left");
    }

    /**
     * "complete" when the file's top-level chunks (AVI: RIFF's, ending in the index; MP4: its boxes, from
     * ftyp) fill it exactly, else where it tears.
     */
    private static String completeness(String name, byte[] file) {
        boolean avi = name.endsWith(".avi");
        ByteBuffer bytes = ByteBuffer.wrap(file).order(avi ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        if (avi && (!new String(file, 0, 4).equals("RIFF") || bytes.getInt(4) != file.length - 8)) {
            return "RIFF size does not cover the file";
        }
        int at = avi ? 12 : 0;
        String first = null;
        String last = "";
        while (at + 8 <= file.length) {
            String type = avi ? new String(file, at, 4) : new String(file, at + 4, 4);
            long size = avi ? 8L + bytes.getInt(at + 4) + (bytes.getInt(at + 4) & 1) : Integer.toUnsignedLong(bytes.getInt(at));
            if (size < 8) {
                return "torn at " + at;
            }
            first = first == null ? type : first;
            last = type;
            at += size;
        }
        if (at != file.length) {
            return "torn at " + at + " of " + file.length;
        }
        return (avi ? last.equals("idx1") : first.equals("ftyp")) ? "complete" : "ends with " + last;
    }

    private boolean recording() {
        return api.get("api/info", token).json().getJsonObject("message").getJsonObject("operation_status")
                .getBoolean("video_recording");
    }

    private static void refused(Answer answer, String message) {
        assertEquals(500, answer.status(), answer.toString());
        assertTrue(answer.json().getString("message").startsWith(message), answer.toString());
    }

    private static List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(disk.path())) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
