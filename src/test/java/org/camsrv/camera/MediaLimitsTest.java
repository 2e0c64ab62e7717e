package org.camsrv.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MediaLimitsTest {

    private final MediaLimits limits = new MediaLimits(3600, 0);

    @Test
    void aRecordingWithoutADurationRunsToTheMaximum() {
        assertEquals(3600, limits.recordingSeconds(0));
    }

    @Test
    void aShorterDurationIsKeptAndALongerOneCut() {
        assertEquals(90, limits.recordingSeconds(90));
        assertEquals(3600, limits.recordingSeconds(86_400));
    }

    @Test
    void theDefaultsAreAnHourAnd100Megabytes() {
        assertEquals(3600, MediaLimits.DEFAULTS.maxVideoSeconds());
        assertEquals(100L * 1024 * 1024, MediaLimits.DEFAULTS.reserveBytes());
    }

    @Test
    void nonsenseLimitsAreRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new MediaLimits(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new MediaLimits(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new MediaLimits(60, -1));
    }
}
