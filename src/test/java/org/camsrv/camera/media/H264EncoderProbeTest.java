package org.camsrv.camera.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up choice of the H.264 encoder: nothing counts that does not really encode. */
class H264EncoderProbeTest {

    @TempDir
    Path folder;

    @Test
    void noFfmpegMeansNoEncoderAndSaysWhere() {
        StringBuilder why = new StringBuilder();
        assertEquals(Optional.empty(), H264EncoderProbe.find(folder.resolve("missing/ffmpeg").toString(), why::append));
        assertEquals("no ffmpeg found (looked for \"" + folder.resolve("missing/ffmpeg") + "\")", why.toString());
    }

    @Test
    void anFfmpegThatEncodesNothingIsTriedWithBothCodecsAndRefused() throws Exception {
        Path fake = Files.writeString(folder.resolve("ffmpeg"), "#!/bin/sh\necho \"Unknown encoder\" >&2\nexit 1\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        StringBuilder why = new StringBuilder();
        assertEquals(Optional.empty(), H264EncoderProbe.find(fake.toString(), why::append));
        assertTrue(why.toString().contains("h264_v4l2m2m: exit 1, Unknown encoder"), why.toString());
        assertTrue(why.toString().contains("libx264: exit 1, Unknown encoder"), why.toString());
    }

    @Test
    void aNameIsLookedUpOnThePath() throws Exception {
        Path fake = Files.writeString(folder.resolve("ffmpeg"), "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        assertEquals(Optional.of(fake), H264EncoderProbe.locate("ffmpeg", "/nonexistent:" + folder));
        assertEquals(Optional.empty(), H264EncoderProbe.locate("ffmpeg", "/nonexistent"));
    }

    @Test
    void theHardwareEncoderIsTakenOnlyWhereItEncodes() {
        H264Encoder found = VideoTools.encoderOrSkip();
        // ffmpeg lists h264_v4l2m2m everywhere; without a V4L2 encoder device it fails to open, and libx264 is taken.
        boolean device = Files.exists(Path.of("/dev/video11"));
        assertEquals(device ? H264Encoder.HARDWARE : H264Encoder.SOFTWARE, found.codec());
    }

    @Test
    void aFakeFfmpegThatSucceedsForEverythingGetsTheHardwareEncoderFirst() throws Exception {
        Path fake = Files.writeString(folder.resolve("ffmpeg"), "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        assertEquals(H264Encoder.HARDWARE, H264EncoderProbe.find(fake.toString(), why -> { }).orElseThrow().codec());
    }
}
