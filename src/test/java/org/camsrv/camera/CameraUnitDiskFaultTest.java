package org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camsrv.data.Tmpfs;
import org.camsrv.settings.GeneralParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photos and videos on a real, nearly full disk (tmpfs): the reserve stays free and no torn file is left. */
class CameraUnitDiskFaultTest {

    private static final GeneralParameters AVI = new GeneralParameters("jpg", "dng", "avi", true);
    private static final int RESERVE_PAGES = 512; // 2 MB
    private static final Operator USER = new Operator("plain", false);

    @TempDir
    Path temp;

    private Tmpfs disk;
    private CameraUnit unit;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        disk = Tmpfs.mount(temp.resolve("media"), 8 * 1024);
        unit = new CameraUnit(new SimulatedCamera(), new MediaFiles(disk.path()), () -> AVI,
                MediaEncoding.choose(temp.resolve("no-ffmpeg").toString()), event -> { },
                new MediaLimits(60, (long) RESERVE_PAGES * Tmpfs.PAGE));
    }

    @AfterEach
    void unmount() {
        if (unit != null) {
            unit.close();
        }
        if (disk != null) {
            disk.close();
        }
    }

    @Test
    void belowTheReserveAPhotoAndAVideoAreRefusedWithAMessage() throws Exception {
        disk.fillLeaving(RESERVE_PAGES - 1);
        CameraException photo = assertThrows(CameraException.class, unit::takePhoto);
        assertTrue(photo.getMessage().startsWith("Not enough free disk space for a photo: "), photo.getMessage());
        assertTrue(photo.getMessage().endsWith("2 MB are kept free for the database, settings and logs"), photo.getMessage());
        CameraException video = assertThrows(CameraException.class, () -> unit.startVideo(0, USER));
        assertTrue(video.getMessage().startsWith("Not enough free disk space for a video"), video.getMessage());
        assertFalse(unit.isRecordingVideo());
        assertEquals(List.of(".filler"), names());
    }

    @Test
    void aPhotoLargerThanTheRoomLeftIsRefusedAndLeavesNoFile() throws Exception {
        disk.fillLeaving(RESERVE_PAGES + 2);
        assertThrows(CameraException.class, unit::takePhoto);
        assertEquals(List.of(".filler"), names(), "not even the empty file that held the name");
    }

    @Test
    void aRecordingEndsAtTheReserveAsACompleteVideo() throws Exception {
        disk.fillLeaving(RESERVE_PAGES + 128); // half a megabyte to record into
        Path video = unit.startVideo(0, USER);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (unit.isRecordingVideo() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(unit.isRecordingVideo(), "the recording ended by itself");
        byte[] file = Files.readAllBytes(video);
        assertEquals("RIFF", new String(file, 0, 4));
        assertEquals(file.length - 8, ByteBuffer.wrap(file, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt(),
                "the AVI was completed: its RIFF size covers the file");
        assertTrue(disk.freeBytes() >= (RESERVE_PAGES - 16L) * Tmpfs.PAGE,
                "at most the last frames and the index went into the reserve: " + disk.freeBytes());
        assertEquals(List.of(".filler", video.getFileName().toString()), names());
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(disk.path())) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
