package org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.camsrv.settings.GeneralParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Viewers of one camera come and go independently: one leaving never stops the picture for another. */
class CameraUnitViewersTest {

    @TempDir
    Path folder;

    @Test
    void theFirstViewerLeavingKeepsTheCameraRunningForTheSecond() throws InterruptedException {
        try (CameraUnit unit = new CameraUnit(new SimulatedCamera(), new MediaFiles(folder), GeneralParameters::defaults,
                MediaEncoding.choose("no-such-ffmpeg"))) {
            Consumer<LiveFrame> first = unit.startViewing();
            Consumer<LiveFrame> second = unit.startViewing();
            unit.stopViewing(first);
            assertTrue(unit.isLiveStreamActive(), "the second viewer still watches");
            long after = unit.latestLiveFrameNumber();
            assertNotNull(unit.nextLiveFrame(after, 2000), "and still gets frames");
            unit.stopViewing(second);
            assertFalse(unit.isLiveStreamActive(), "nobody watches any more");
        }
    }
}
