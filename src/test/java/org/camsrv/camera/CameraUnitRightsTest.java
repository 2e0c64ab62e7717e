package org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.camsrv.settings.GeneralParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may stop a recording, and the longest recording, on a simulated camera. */
class CameraUnitRightsTest {

    private static final GeneralParameters AVI = new GeneralParameters("jpg", "dng", "avi", true);
    private static final Operator OWNER = new Operator("owner", true);
    private static final Operator PLAIN = new Operator("plain", false);
    private static final Operator OTHER = new Operator("other", false);

    @TempDir
    Path folder;

    @Test
    void aPlainUserMayNotStopTheOwnersRecording() throws Exception {
        try (CameraUnit unit = unit(new MediaLimits(60, 0))) {
            unit.startVideo(0, OWNER);
            CameraRefusedException refused = assertThrows(CameraRefusedException.class, () -> unit.stopVideo(PLAIN));
            assertEquals("Only a SuperUser may stop a recording a SuperUser started", refused.getMessage());
            assertTrue(unit.isRecordingVideo(), "the recording runs on");
            unit.stopVideo(OWNER);
            assertFalse(unit.isRecordingVideo());
        }
    }

    @Test
    void noPlainUserMayStopWhatTheOwnersSetUpStarted() throws Exception {
        try (CameraUnit unit = unit(new MediaLimits(60, 0))) {
            unit.startVideo(0); // as MQTT does
            assertThrows(CameraRefusedException.class, () -> unit.stopVideo(PLAIN));
            unit.stopVideo();
        }
    }

    @Test
    void plainUsersMayStopAPlainUsersRecording() throws Exception {
        try (CameraUnit unit = unit(new MediaLimits(60, 0))) {
            unit.startVideo(0, PLAIN);
            unit.stopVideo(OTHER);
            assertFalse(unit.isRecordingVideo());
            unit.startVideo(0, PLAIN);
            unit.stopVideo(OWNER);
            assertFalse(unit.isRecordingVideo());
        }
    }

    @Test
    void aRecordingWithoutADurationEndsAtTheLongestRecording() throws Exception {
        try (CameraUnit unit = unit(new MediaLimits(0.5, 0))) {
            long started = System.nanoTime();
            unit.startVideo(0, PLAIN);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (unit.isRecordingVideo() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertFalse(unit.isRecordingVideo(), "the recording stopped by itself");
            assertTrue(System.nanoTime() - started < 5_000_000_000L, "near the half-second maximum");
        }
    }

    @Test
    void onlyASuperUserPassesTheSuperUserCheck() throws Exception {
        OWNER.requireSuperUser("switch cameras");
        CameraRefusedException refused = assertThrows(CameraRefusedException.class, () -> PLAIN.requireSuperUser("switch cameras"));
        assertEquals("Only a SuperUser may switch cameras", refused.getMessage());
    }

    private CameraUnit unit(MediaLimits limits) {
        return new CameraUnit(new SimulatedCamera(), new MediaFiles(folder), () -> AVI,
                MediaEncoding.choose(folder.resolve("no-ffmpeg").toString()), event -> { }, limits);
    }
}
