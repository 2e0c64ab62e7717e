package org.camsrv.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Only the file types CamSrv writes, and a motion threshold of 1 to 255. */
class GeneralParametersTest {

    private static String refusal(String photo, String raw, String video, int threshold) {
        return assertThrows(IllegalArgumentException.class,
                () -> new GeneralParameters(photo, raw, video, true, threshold)).getMessage();
    }

    @Test
    void photoRawAndVideoTypesCamSrvCannotWriteAreRefused() {
        assertTrue(refusal("gif", "dng", "avi", 12).startsWith("Photo type"));
        assertTrue(refusal("jpg", "tiff", "avi", 12).startsWith("Raw photo type"));
        assertTrue(refusal("jpg", "dng", "h264", 12).startsWith("Video type"));
    }

    @Test
    void motionThresholdRunsFromOneTo255() {
        assertEquals(1, new GeneralParameters("jpg", "dng", "avi", true, 1).motionThreshold());
        assertEquals(255, new GeneralParameters("png", "dng", "avi", true, 255).motionThreshold());
        assertTrue(refusal("jpg", "dng", "avi", 0).startsWith("Motion threshold"));
        assertTrue(refusal("jpg", "dng", "avi", 256).startsWith("Motion threshold"));
    }

    @Test
    void theShortConstructorTakesTheDefaultThreshold() {
        assertEquals(GeneralParameters.DEFAULT_MOTION_THRESHOLD, new GeneralParameters("jpg", "dng", "avi", false).motionThreshold());
    }
}
