package org.camsrv.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiSettingsTest {

    @Test
    void nullPathMeansNone() {
        ApiSettings settings = new ApiSettings(true, null, 60, 0);
        assertEquals("", settings.secretsFilePath());
        assertFalse(settings.hasSecretsPath());
    }

    @Test
    void pathIsStrippedOfSurroundingWhitespace() {
        assertEquals("/home/pi/.secrets/x.secrets", new ApiSettings(true, "  /home/pi/.secrets/x.secrets\t", 60, 0).secretsFilePath());
    }

    @Test
    void blankPathMeansNone() {
        assertFalse(new ApiSettings(true, "   ", 60, 0).hasSecretsPath());
    }

    @Test
    void givenPathIsReported() {
        assertTrue(new ApiSettings(true, "/a", 60, 0).hasSecretsPath());
    }

    @Test
    void negativeMinutesAreRefusedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ApiSettings(true, "", -1, 0));
        assertEquals("Access Token Expiration in Minutes must be 0 or more", e.getMessage());
    }

    @Test
    void tooManyMinutesAreRefusedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ApiSettings(true, "", 5_256_001, 0));
        assertEquals("Access Token Expiration in Minutes must be at most 5256000 (ten years)", e.getMessage());
    }

    @Test
    void negativeDaysAreRefusedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ApiSettings(true, "", 60, -1));
        assertEquals("Refresh Token Expiration in Days must be 0 or more", e.getMessage());
    }

    @Test
    void tooManyDaysAreRefusedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ApiSettings(true, "", 60, 3651));
        assertEquals("Refresh Token Expiration in Days must be at most 3650 (ten years)", e.getMessage());
    }

    @Test
    void limitsThemselvesAreAccepted() {
        ApiSettings settings = new ApiSettings(true, "", 5_256_000, 3650);
        assertEquals(5_256_000, settings.accessMinutes());
        assertEquals(3650, settings.refreshDays());
    }

    @Test
    void zeroMeansNeverExpiresAndIsAccepted() {
        ApiSettings settings = new ApiSettings(true, "", 0, 0);
        assertEquals(0, settings.accessMinutes());
        assertEquals(0, settings.refreshDays());
    }

    @Test
    void copyMethodsChangeOnlyTheirField() {
        ApiSettings base = new ApiSettings(true, "/a", 60, 1);
        assertEquals(new ApiSettings(false, "/a", 60, 1), base.withApiAllowed(false));
        assertEquals(new ApiSettings(true, "/b", 60, 1), base.withSecretsFilePath(" /b "));
        assertEquals(new ApiSettings(true, "/a", 30, 1), base.withAccessMinutes(30));
        assertEquals(new ApiSettings(true, "/a", 60, 7), base.withRefreshDays(7));
    }

    @Test
    void copyMethodsCheckTheNewValue() {
        assertThrows(IllegalArgumentException.class, () -> Presets.API.withAccessMinutes(-5));
        assertThrows(IllegalArgumentException.class, () -> Presets.API.withRefreshDays(4000));
    }
}
