package org.camsrv.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is taken from raspiCamSrv's serverConfig.json, and each known key's refusal; the file's own refusals are in RaspiCamSrvConfigFileTest. */
class RaspiCamSrvSettingsTest {

    private static final Path SECRETS = Path.of("/home/pi/.secrets/raspiCamSrv.secrets");

    @TempDir
    Path dir;

    private RaspiCamSrvSettings read(RaspiCamSrvConfigFolder config) throws Exception {
        return RaspiCamSrvSettings.read(config.writeTo(dir.resolve("config"), false));
    }

    @Test
    void aRealFileGivesEveryValueCamSrvHasAndCountsTheRest() throws Exception {
        Path folder = RaspiCamSrvConfigFolder.realistic(SECRETS).writeTo(dir.resolve("static/config"), true);
        RaspiCamSrvSettings found = RaspiCamSrvSettings.read(folder);

        assertEquals(folder.resolve("serverConfig.json"), found.file());
        assertEquals(Optional.of(true), found.apiAllowed());
        assertEquals(Optional.of(SECRETS.toString()), found.secretsPath());
        assertEquals(Optional.of(30), found.accessMinutes());
        assertEquals(Optional.of(7), found.refreshDays());
        assertEquals(Optional.of(false), found.streamingNeedsLogin());
        assertEquals(Optional.of("png"), found.photoType());
        assertEquals(Optional.of("dng"), found.rawPhotoType());
        assertEquals(Optional.of("mp4"), found.videoType(), "raspiCamSrv's H.264 MP4 is CamSrv's too");
        assertEquals(List.of(), found.notTaken());
        assertEquals(RaspiCamSrvConfigFolder.otherKeys(), found.otherSettings());
        assertTrue(found.otherSettings() > 40, "the fixture is as full as raspiCamSrv's: " + found.otherSettings());
        assertTrue(found.startsWithStoredConfiguration());
    }

    @Test
    void theFileItselfMayBeGivenAndTheMarkerIsLookedForBesideIt() throws Exception {
        Path folder = RaspiCamSrvConfigFolder.realistic(SECRETS).writeTo(dir.resolve("config"), false);
        RaspiCamSrvSettings found = RaspiCamSrvSettings.read(folder.resolve("serverConfig.json"));
        assertEquals(Optional.of(30), found.accessMinutes());
        assertFalse(found.startsWithStoredConfiguration());
    }

    @Test
    void missingKnownKeysAreSimplyNotThere() throws Exception {
        RaspiCamSrvConfigFolder config = RaspiCamSrvConfigFolder.realistic(SECRETS);
        for (String key : List.of("_useAPI", "_jwtKeyStore", "_jwtAccessTokenExpirationMin", "_jwtRefreshTokenExpirationDays",
                "_requireAuthForStreaming", "_photoType", "_rawPhotoType", "_videoType")) {
            config.remove(key);
        }
        RaspiCamSrvSettings found = read(config);
        assertEquals(Optional.empty(), found.apiAllowed());
        assertEquals(Optional.empty(), found.secretsPath());
        assertEquals(Optional.empty(), found.accessMinutes());
        assertEquals(List.of(), found.notTaken());
        assertEquals(RaspiCamSrvConfigFolder.otherKeys(), found.otherSettings());
    }

    @Test
    void aWrongTypeCostsThatSettingOnly() throws Exception {
        RaspiCamSrvSettings found = read(RaspiCamSrvConfigFolder.realistic(SECRETS)
                .set("_useAPI", "\"yes\"")
                .set("_requireAuthForStreaming", "null")
                .set("_jwtAccessTokenExpirationMin", "\"60\"")
                .set("_jwtRefreshTokenExpirationDays", "7.5")
                .set("_photoType", "5")
                .set("_rawPhotoType", "[\"dng\"]")
                .set("_jwtKeyStore", "{\"path\": \"/x\"}"));
        assertEquals(List.of(
                "_useAPI: text, not true or false",
                "_jwtKeyStore: an object, not text",
                "_jwtAccessTokenExpirationMin: text, not a whole number",
                "_jwtRefreshTokenExpirationDays: \"7.5\", not a whole number",
                "_requireAuthForStreaming: null, not true or false",
                "_photoType: a number, not text",
                "_rawPhotoType: a list, not text"), found.notTaken());
        assertEquals(Optional.of("mp4"), found.videoType(), "the one right value is still taken");
        assertEquals(Optional.empty(), found.apiAllowed());
        assertEquals(Optional.empty(), found.streamingNeedsLogin());
        assertEquals(Optional.empty(), found.photoType());
        assertEquals(Optional.empty(), found.secretsPath());
        assertEquals(RaspiCamSrvConfigFolder.otherKeys(), found.otherSettings(), "known keys are not counted as others");
    }

    @Test
    void expirationsOutsideCamSrvsRangeAreNotTaken() throws Exception {
        RaspiCamSrvSettings found = read(RaspiCamSrvConfigFolder.realistic(SECRETS)
                .set("_jwtAccessTokenExpirationMin", "-1")
                .set("_jwtRefreshTokenExpirationDays", "1" + "0".repeat(300)));
        assertEquals("_jwtAccessTokenExpirationMin: Access Token Expiration in Minutes must be 0 or more", found.notTaken().get(0));
        assertEquals("_jwtRefreshTokenExpirationDays: Refresh Token Expiration in Days must be at most 3650 (ten years)",
                found.notTaken().get(1));

        found = read(RaspiCamSrvConfigFolder.realistic(SECRETS)
                .set("_jwtAccessTokenExpirationMin", Integer.toString(ApiSettings.MAX_ACCESS_MINUTES + 1))
                .set("_jwtRefreshTokenExpirationDays", "1e400"));
        assertTrue(found.notTaken().get(0).endsWith("must be at most 5256000 (ten years)"), found.notTaken().toString());
        assertTrue(found.notTaken().get(1).endsWith(", not a whole number"), found.notTaken().toString());

        found = read(RaspiCamSrvConfigFolder.realistic(SECRETS)
                .set("_jwtAccessTokenExpirationMin", "0").set("_jwtRefreshTokenExpirationDays", "3650"));
        assertEquals(Optional.of(0), found.accessMinutes(), "0 is raspiCamSrv's never-expire, as CamSrv's");
        assertEquals(Optional.of(3650), found.refreshDays());
    }

    @Test
    void fileTypesAreTakenOnlyWhenCamSrvWritesThem() throws Exception {
        RaspiCamSrvSettings found = read(RaspiCamSrvConfigFolder.realistic(SECRETS)
                .set("_photoType", "\"JPEG\"").set("_rawPhotoType", "\"DNG\"").set("_videoType", "\"h264\""));
        assertEquals(Optional.of("jpg"), found.photoType(), "raspiCamSrv's jpeg is CamSrv's jpg");
        assertEquals(Optional.of("dng"), found.rawPhotoType());
        assertEquals(List.of("_videoType: \"h264\", but CamSrv records videos as mp4 or avi only"), found.notTaken());

        found = read(RaspiCamSrvConfigFolder.realistic(SECRETS).set("_photoType", "\"gif\"").set("_videoType", "\"avi\""));
        assertEquals(List.of("_photoType: \"gif\", but CamSrv saves photos as jpg or png only"), found.notTaken());
        assertEquals(Optional.of("avi"), found.videoType());
    }

    @Test
    void aSecretsPathMustBeAFullPathOfSensibleText() throws Exception {
        assertEquals(List.of("_jwtKeyStore: empty in raspiCamSrv, so CamSrv's secrets file path is left as it is"),
                notTakenForKeyStore("\"  \""));
        assertEquals(List.of("_jwtKeyStore: \".secrets/raspiCamSrv.secrets\", not a full path"),
                notTakenForKeyStore("\".secrets/raspiCamSrv.secrets\""));
        assertEquals(List.of("_jwtKeyStore: not a usable path (too long, or with control characters)"),
                notTakenForKeyStore("\"/home/pi/a\\nINFO forged log line\""));
        assertEquals(List.of("_jwtKeyStore: not a usable path (too long, or with control characters)"),
                notTakenForKeyStore("\"/" + "a".repeat(RaspiCamSrvSettings.MAX_PATH_CHARS) + "\""));
        RaspiCamSrvSettings found = read(RaspiCamSrvConfigFolder.realistic(SECRETS).set("_jwtKeyStore", "\" /srv/keys.secrets \""));
        assertEquals(Optional.of("/srv/keys.secrets"), found.secretsPath(), "blanks around it are dropped, as on the API tab");
    }

    private List<String> notTakenForKeyStore(String json) throws Exception {
        return read(RaspiCamSrvConfigFolder.realistic(SECRETS).set("_jwtKeyStore", json).set("_videoType", "\"avi\"")).notTaken();
    }

    @Test
    void refusedTextIsQuotedShortAndPrintable() {
        assertEquals("\"a?b\"", RaspiCamSrvSettings.shown("a\u001bb"));
        assertEquals("\"" + "x".repeat(RaspiCamSrvSettings.MAX_SHOWN_CHARS) + "…\"", RaspiCamSrvSettings.shown("x".repeat(5000)));
    }

    @Test
    void unknownKeysAreCountedAndOtherwiseIgnored() throws Exception {
        Path file = Files.writeString(dir.resolve("serverConfig.json"),
                "{\"_useAPI\": false, \"useAPI\": \"no\", \"_USEAPI\": 1, \"\": {\"_useAPI\": true}, \"_photoType\": \"jpg\"}");
        RaspiCamSrvSettings found = RaspiCamSrvSettings.read(file);
        assertEquals(Optional.of(false), found.apiAllowed(), "only the exact top-level key counts");
        assertEquals(Optional.of("jpg"), found.photoType());
        assertEquals(3, found.otherSettings());
        assertEquals(List.of(), found.notTaken());
    }
}
