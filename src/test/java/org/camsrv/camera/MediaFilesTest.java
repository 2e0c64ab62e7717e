package org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaFilesTest {

    @TempDir
    Path folder;

    @Test
    void namesFollowRaspiCamSrvsTimestamps() throws Exception {
        MediaFiles media = new MediaFiles(folder.resolve("media"));
        Path file = media.newFile(LocalDateTime.of(2026, 11, 28, 8, 30, 5), "jpg", 0);
        assertEquals("20261128_083005.jpg", file.getFileName().toString());
    }

    @Test
    void photosInTheSameSecondGetACounterInsteadOfOverwriting() throws Exception {
        MediaFiles media = new MediaFiles(folder);
        LocalDateTime time = LocalDateTime.of(2026, 11, 28, 8, 30, 5);
        Path first = media.newFile(time, "jpg", 0);
        Path second = media.newFile(time, "jpg", 0);
        assertNotEquals(first, second);
        assertEquals("20261128_083005_1.jpg", second.getFileName().toString());
    }

    @Test
    void anotherCamerasFilesSayWhichCamera() throws Exception {
        MediaFiles media = new MediaFiles(folder);
        Path file = media.newFile(LocalDateTime.of(2026, 11, 28, 8, 30, 5), "jpg", 1);
        assertEquals("20261128_083005_cam1.jpg", file.getFileName().toString());
    }
}
