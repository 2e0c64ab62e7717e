package org.camsrv.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServerConfigurationJsonTest {

    private static final ServerConfiguration SAMPLE =
            new ServerConfiguration(new ApiSettings(false, "/home/pi/.secrets/raspiCamSrv.secrets", 30, 7));

    @Test
    void writesVersionApiParametersAndMqttSections() {
        JsonObject json = ServerConfigurationJson.toJson(SAMPLE);
        assertEquals(Set.of("version", "api", "parameters", "mqtt"), json.keySet());
        assertEquals(1, json.getInt("version"));
        JsonObject api = json.getJsonObject("api");
        assertEquals(Set.of("apiAllowed", "jwtSecretsPath", "accessTokenMinutes", "refreshTokenDays"), api.keySet());
        assertEquals(false, api.getBoolean("apiAllowed"));
        assertEquals("/home/pi/.secrets/raspiCamSrv.secrets", api.getString("jwtSecretsPath"));
        assertEquals(30, api.getInt("accessTokenMinutes"));
        assertEquals(7, api.getInt("refreshTokenDays"));
    }

    @Test
    void writesTheGeneralParameters() {
        JsonObject parameters = ServerConfigurationJson.toJson(SAMPLE.withParameters(
                new GeneralParameters("png", "dng", "avi", false))).getJsonObject("parameters");
        assertEquals("png", parameters.getString("photoType"));
        assertEquals("dng", parameters.getString("rawPhotoType"));
        assertEquals("avi", parameters.getString("videoType"));
        assertEquals(false, parameters.getBoolean("streamingNeedsLogin"));
    }

    @Test
    void readsParametersAndRefusesUnknownFileTypes() {
        ServerConfiguration read = read("{\"parameters\": {\"photoType\": \"png\", \"streamingNeedsLogin\": false}}");
        assertEquals(new GeneralParameters("png", "dng", "mp4", false), read.parameters(), "no video type: the default, mp4");
        assertThrows(IllegalArgumentException.class, () -> read("{\"parameters\": {\"photoType\": \"exe\"}}"));
    }

    @Test
    void motionThresholdRoundTripsAndIsRangeChecked() {
        ServerConfiguration withThreshold = SAMPLE.withParameters(new GeneralParameters("jpg", "dng", "avi", true, 40));
        assertEquals(40, ServerConfigurationJson.toJson(withThreshold).getJsonObject("parameters").getInt("motionThreshold"));
        assertEquals(withThreshold, ServerConfigurationJson.fromJson(ServerConfigurationJson.toJson(withThreshold), Presets.API));
        assertThrows(IllegalArgumentException.class, () -> read("{\"parameters\": {\"motionThreshold\": 0}}"));
        assertThrows(IllegalArgumentException.class, () -> new GeneralParameters("jpg", "dng", "avi", true, 256));
    }

    @Test
    void readsWhatItWrites() {
        assertEquals(SAMPLE, ServerConfigurationJson.fromJson(ServerConfigurationJson.toJson(SAMPLE), Presets.API));
    }

    @Test
    void emptyObjectGivesThePresets() {
        assertEquals(new ServerConfiguration(Presets.API), read("{}"));
    }

    @Test
    void missingApiFieldsTakeThePresets() {
        JsonObject json = Json.createReader(new StringReader("{\"version\":1,\"api\":{\"jwtSecretsPath\":\"/x\"}}")).readObject();
        assertEquals(new ServerConfiguration(new ApiSettings(false, "/x", 30, 2)),
                ServerConfigurationJson.fromJson(json, new ApiSettings(false, "/p", 30, 2)));
    }

    @Test
    void unknownFieldsAreIgnored() {
        assertEquals(new ServerConfiguration(new ApiSettings(true, "", 5, 0)),
                read("{\"version\":2,\"camera\":{\"x\":1},\"api\":{\"accessTokenMinutes\":5,\"future\":[1,2]}}"));
    }

    @Test
    void integralDecimalIsAcceptedAsWholeNumber() {
        assertEquals(45, read("{\"api\":{\"accessTokenMinutes\":45.0}}").api().accessMinutes());
    }

    @Test
    void fractionalMinutesAreRefused() {
        assertEquals("\"api.accessTokenMinutes\" must be a whole number in range, not 1.5",
                refusal("{\"api\":{\"accessTokenMinutes\":1.5}}"));
    }

    @Test
    void minutesBeyondIntRangeAreRefused() {
        assertEquals("\"api.accessTokenMinutes\" must be a whole number in range, not 99999999999",
                refusal("{\"api\":{\"accessTokenMinutes\":99999999999}}"));
    }

    @Test
    void outOfRangeDaysAreRefusedWithTheFormMessage() {
        assertEquals("Refresh Token Expiration in Days must be at most 3650 (ten years)",
                refusal("{\"api\":{\"refreshTokenDays\":4000}}"));
    }

    @Test
    void negativeMinutesAreRefused() {
        assertEquals("Access Token Expiration in Minutes must be 0 or more", refusal("{\"api\":{\"accessTokenMinutes\":-1}}"));
    }

    @Test
    void textWhereANumberBelongsIsRefused() {
        assertEquals("\"api.accessTokenMinutes\" must be a whole number", refusal("{\"api\":{\"accessTokenMinutes\":\"60\"}}"));
    }

    @Test
    void textWhereABooleanBelongsIsRefused() {
        assertEquals("\"api.apiAllowed\" must be true or false", refusal("{\"api\":{\"apiAllowed\":\"true\"}}"));
    }

    @Test
    void numberWhereAPathBelongsIsRefused() {
        assertEquals("\"api.jwtSecretsPath\" must be a text", refusal("{\"api\":{\"jwtSecretsPath\":5}}"));
    }

    @Test
    void nullPathIsRefusedAsWrongType() {
        assertEquals("\"api.jwtSecretsPath\" must be a text", refusal("{\"api\":{\"jwtSecretsPath\":null}}"));
    }

    @Test
    void apiThatIsNotAnObjectIsRefused() {
        assertEquals("\"api\" must be an object", refusal("{\"api\":[]}"));
    }

    @Test
    void versionThatIsNotANumberIsRefused() {
        assertEquals("\"version\" must be a whole number", refusal("{\"version\":\"1\"}"));
    }

    @Test
    void versionBelowOneIsRefused() {
        assertEquals("\"version\" must be 1 or more", refusal("{\"version\":0}"));
    }

    private static ServerConfiguration read(String json) {
        return ServerConfigurationJson.fromJson(Json.createReader(new StringReader(json)).readObject(), Presets.API);
    }

    private static String refusal(String json) {
        return assertThrows(IllegalArgumentException.class, () -> read(json)).getMessage();
    }
}
