package org.camsrv.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ApiStatusTest {

    private static final ApiSettings STARTED = new ApiSettings(true, "/home/pi/.secrets/raspiCamSrv.secrets", 60, 0);

    private static final String NOT_ACTIVE = "API not active. Please specify JWT authentication settings";
    private static final String ACTIVATE =
            "To activate the API, store configuration and restart server with stored configuration";
    private static final String ACTIVE = "API is active";
    private static final String UPDATE_EXPIRATION =
            "To update token expiration, store configuration and restart server with stored configuration";
    private static final String DEACTIVATE =
            "To deactivate the API, store configuration and restart server with stored configuration";

    private static void assertStatus(String text, ApiStatus.Colour colour, ApiStatus status) {
        assertEquals(text, status.text());
        assertEquals(colour, status.colour());
    }

    @Test
    void textsAndColoursAreThoseOfTheContract() {
        assertStatus(NOT_ACTIVE, ApiStatus.Colour.RED, ApiStatus.NOT_ACTIVE);
        assertStatus(ACTIVATE, ApiStatus.Colour.YELLOW, ApiStatus.ACTIVATE_AFTER_RESTART);
        assertStatus(ACTIVE, ApiStatus.Colour.GREEN, ApiStatus.ACTIVE);
        assertStatus(UPDATE_EXPIRATION, ApiStatus.Colour.YELLOW, ApiStatus.UPDATE_EXPIRATION_AFTER_RESTART);
        assertStatus(DEACTIVATE, ApiStatus.Colour.YELLOW, ApiStatus.DEACTIVATE_AFTER_RESTART);
    }

    @Test
    void colourNamesSuitCssClasses() {
        assertEquals("red", ApiStatus.Colour.RED.cssName());
        assertEquals("yellow", ApiStatus.Colour.YELLOW.cssName());
        assertEquals("green", ApiStatus.Colour.GREEN.cssName());
    }

    @Test
    void freshInstallIsNotActive() {
        assertStatus(NOT_ACTIVE, ApiStatus.Colour.RED, ApiStatus.of(null, false, Presets.API, false));
    }

    @Test
    void notActiveWithUsablePathAsksToActivate() {
        assertStatus(ACTIVATE, ApiStatus.Colour.YELLOW, ApiStatus.of(null, false, STARTED, true));
    }

    @Test
    void notActiveWithUnusablePathStaysNotActive() {
        assertEquals(ApiStatus.NOT_ACTIVE, ApiStatus.of(null, false, STARTED, false));
    }

    @Test
    void notActiveAndApiNotAllowedStaysNotActive() {
        assertEquals(ApiStatus.NOT_ACTIVE, ApiStatus.of(null, false, STARTED.withApiAllowed(false), true));
    }

    @Test
    void notActiveWithoutPathStaysNotActiveEvenIfCalledUsable() {
        assertEquals(ApiStatus.NOT_ACTIVE, ApiStatus.of(null, false, Presets.API, true));
    }

    @Test
    void notActiveIgnoresSettingsAtStart() {
        assertEquals(ApiStatus.ACTIVATE_AFTER_RESTART, ApiStatus.of(STARTED, false, STARTED, true));
    }

    @Test
    void runningWithUnchangedSettingsIsActive() {
        assertStatus(ACTIVE, ApiStatus.Colour.GREEN, ApiStatus.of(STARTED, true, STARTED, true));
    }

    @Test
    void activeWithClearedPathAsksToDeactivate() {
        assertStatus(DEACTIVATE, ApiStatus.Colour.YELLOW, ApiStatus.of(STARTED, true, STARTED.withSecretsFilePath(""), false));
    }

    @Test
    void activeWithApiNoLongerAllowedAsksToDeactivate() {
        assertEquals(ApiStatus.DEACTIVATE_AFTER_RESTART, ApiStatus.of(STARTED, true, STARTED.withApiAllowed(false), true));
    }

    @Test
    void activeWithNewUsablePathAsksToActivate() {
        assertEquals(ApiStatus.ACTIVATE_AFTER_RESTART,
                ApiStatus.of(STARTED, true, STARTED.withSecretsFilePath("/home/pi/.secrets/other.secrets"), true));
    }

    @Test
    void activeWithNewUnusablePathAsksToDeactivate() {
        assertEquals(ApiStatus.DEACTIVATE_AFTER_RESTART,
                ApiStatus.of(STARTED, true, STARTED.withSecretsFilePath("/nowhere/x.secrets"), false));
    }

    @Test
    void activeWithNewPathAndNewExpirationAsksToActivate() {
        assertEquals(ApiStatus.ACTIVATE_AFTER_RESTART,
                ApiStatus.of(STARTED, true, STARTED.withSecretsFilePath("/b").withAccessMinutes(5), true));
    }

    @Test
    void activeWithChangedMinutesAsksToUpdateExpiration() {
        assertStatus(UPDATE_EXPIRATION, ApiStatus.Colour.YELLOW, ApiStatus.of(STARTED, true, STARTED.withAccessMinutes(30), true));
    }

    @Test
    void activeWithChangedDaysAsksToUpdateExpiration() {
        assertEquals(ApiStatus.UPDATE_EXPIRATION_AFTER_RESTART, ApiStatus.of(STARTED, true, STARTED.withRefreshDays(7), true));
    }

    @Test
    void activeWithClearedPathAndChangedMinutesAsksToDeactivate() {
        assertEquals(ApiStatus.DEACTIVATE_AFTER_RESTART,
                ApiStatus.of(STARTED, true, STARTED.withSecretsFilePath("").withAccessMinutes(5), false));
    }

    @Test
    void activeWithSamePathKeepsActiveEvenIfNotCheckedUsable() {
        assertEquals(ApiStatus.ACTIVE, ApiStatus.of(STARTED, true, STARTED, false));
    }

    @Test
    void activeNeedsTheSettingsAtStart() {
        assertThrows(NullPointerException.class, () -> ApiStatus.of(null, true, STARTED, true));
    }

    @Test
    void currentSettingsAreRequired() {
        assertThrows(NullPointerException.class, () -> ApiStatus.of(STARTED, false, null, true));
    }
}
