package org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H.264 trial runs ffmpeg at the first use of the choice, once, and never at start. */
class MediaEncodingTest {

    @TempDir
    Path folder;

    /** An ffmpeg that notes each run in a file and encodes nothing. */
    private Path countingFfmpeg(Path runs) throws Exception {
        Path fake = folder.resolve("ffmpeg");
        Files.writeString(fake, "#!/bin/sh\necho run >> '" + runs + "'\necho 'no encoder here' >&2\nexit 1\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        return fake;
    }

    @Test
    void ffmpegRunsAtTheFirstUseNotAtStartAndOnlyOnce() throws Exception {
        Path runs = folder.resolve("runs.txt");
        MediaEncoding encoding = MediaEncoding.choose(countingFfmpeg(runs).toString());

        assertFalse(Files.exists(runs), "no ffmpeg at start");
        assertEquals("avi", encoding.videoTypeFor("avi"), "an AVI video needs no trial");
        assertFalse(Files.exists(runs));

        assertEquals(Optional.empty(), encoding.h264());
        assertEquals(2, Files.readAllLines(runs).size(), "the hardware and the software encoder were tried");
        assertEquals("avi", encoding.videoTypeFor("mp4"));
        assertEquals(MediaEncoding.AVI_FALLBACK, encoding.videoEncoderName());
        assertTrue(encoding.whyNoH264().contains("encodes no H.264 here"), encoding.whyNoH264());
        assertEquals(2, Files.readAllLines(runs).size(), "tried once");
    }
}
