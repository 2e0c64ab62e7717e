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
        assertTrue(pressed.status() < 500, pressed.toString());
        String shown = page.get("/live").body();
        assertTrue(shown.contains("Not enough free disk space for a photo"), shown);

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
        assertEquals("RIFF", new String(file, 0, 4));
        assertEquals(file.length - 8, ByteBuffer.wrap(file, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt(),
                "the RIFF size covers the whole file: the AVI was completed");
        assertEquals("idx1", idx1(file), "the AVI ends with its index");
        assertTrue(freeAtEnd >= (RESERVE_MB - 1) * 1048576L, "the reserve stayed (nearly) free: " + freeAtEnd);
        assertEquals(List.of(".filler", video.getFileName().toString()), names(), "no temporary file left");
    }

    private static String idx1(byte[] file) {
        // RIFF AVI: 'RIFF' size 'AVI ' then chunks; the last chunk is the index.
        int at = 12;
        String last = "";
        while (at + 8 <= file.length) {
            last = new String(file, at, 4);
            int size = ByteBuffer.wrap(file, at + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            at += 8 + size + (size & 1);
        }
        return at == file.length ? last : "torn at " + at;
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
