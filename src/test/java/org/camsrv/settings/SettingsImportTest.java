package org.camsrv.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camsrv.auth.token.ApiActivation;
import org.camsrv.data.DataDirectory;
import org.camsrv.migration.RaspiCamSrvImportException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import Settings from raspiCamSrv on a SettingsService started with the presets: what becomes a change, and what is left. */
class SettingsImportTest {

    private static final String RASPI_KEY = "abcdefRaspiCamSrvSecretKey0123456789";

    @TempDir
    Path dir;

    private SettingsService settings;
    private Path secrets;

    @BeforeEach
    void startWithPresets() throws IOException {
        settings = new SettingsService();
        settings.dataDirectory = DataDirectory.at(Optional.of(dir.resolve("camsrv").toString()));
        settings.activation = new ApiActivation();
        settings.presetAllowed = Presets.API.apiAllowed();
        settings.presetSecretsFile = Optional.empty();
        settings.presetAccessMinutes = Presets.API.accessMinutes();
        settings.presetRefreshDays = Presets.API.refreshDays();
        MqttFixtures.withMqttOff(settings);
        settings.start(null);
        // raspiCamSrv's secrets file as raspiCamSrv leaves it: its HS256 key only.
        secrets = dir.resolve("home/pi/.secrets/raspiCamSrv.secrets");
        Files.createDirectories(secrets.getParent());
        Files.writeString(secrets, "{\"jwtSecrets\": {\"jwtSecretKey\": \"" + RASPI_KEY + "\"}}");
    }

    private Path raspiCamSrvFolder(RaspiCamSrvConfigFolder config, boolean startMarker) throws IOException {
        return config.writeTo(dir.resolve("raspi-cam-srv/raspiCamSrv/static/config"), startMarker);
    }

    @Test
    void everyTakenValueBecomesAnUnsavedChangeAndRaspiCamSrvsFilesStayAsTheyWere() throws Exception {
        Path folder = raspiCamSrvFolder(RaspiCamSrvConfigFolder.realistic(secrets), true);
        Map<String, String> before = contents(folder);

        SettingsImport.Report report = settings.importRaspiCamSrvSettings(folder);

        assertEquals(List.of("Allow access through API: on", "Photo type: png", "Raw photo type: dng", "Video type: mp4", "Req. Auth for Streaming: off",
                "JWT Secret Key File Path: " + secrets + " (New JWT secret key generated)",
                "Access Token Expiration in Minutes: 30", "Refresh Token Expiration in Days: 7",
                "Start server with stored Configuration: on"), report.taken());
        assertEquals(List.of(), report.notTaken(), "raspiCamSrv's mp4 is taken, and is CamSrv's default already");
        assertEquals(List.of("Photo type: jpg → png", "Req. Auth for Streaming: on → off",
                "JWT Secret Key File Path: (none) → " + secrets, "Access Token Expiration in Minutes: 60 → 30",
                "Refresh Token Expiration in Days: 0 → 7"), changeTexts());
        assertEquals(new ApiSettings(true, secrets.toString(), 30, 7), settings.apiSettings());
        assertEquals(new GeneralParameters("png", "dng", "mp4", false), settings.parameters());
        assertTrue(settings.startsWithStoredConfiguration(), "written at once, as the Configuration tab's checkbox is");
        assertFalse(Files.exists(dir.resolve("camsrv/config/serverConfig.json")), "nothing is stored before Store Configuration");

        assertEquals(before, contents(folder), "raspiCamSrv's config folder is only read");
        JsonObject completed = Json.createReader(new StringReader(Files.readString(secrets))).readObject().getJsonObject("jwtSecrets");
        assertEquals(RASPI_KEY, completed.getString("jwtSecretKey"), "raspiCamSrv's key is kept");
        assertTrue(completed.containsKey("jwtPrivateKey"), "completed as Submit on the API tab completes it");
    }

    @Test
    void theSummarySaysWhatWasTakenLeftAndNotUsed() throws Exception {
        Path folder = raspiCamSrvFolder(RaspiCamSrvConfigFolder.realistic(secrets).set("_videoType", "\"h264\""), false);
        String summary = settings.importRaspiCamSrvSettings(folder).summary();
        assertTrue(summary.startsWith("Taken from " + folder.resolve("serverConfig.json") + ": Allow access through API: on, "), summary);
        assertTrue(summary.endsWith(". Not taken: _videoType: \"h264\", but CamSrv records videos as mp4 or avi only. "
                + RaspiCamSrvConfigFolder.otherKeys() + " other settings have no CamSrv equivalent and were left. "
                + "Store Configuration to keep what was taken."), summary);
        assertFalse(summary.contains("Start server with stored Configuration"), "no marker, so CamSrv's choice stays");
        assertFalse(settings.startsWithStoredConfiguration());
    }

    @Test
    void aKeyStoreThatIsNotThereIsNotCreated() throws Exception {
        Path elsewhere = dir.resolve("other-pi/.secrets/raspiCamSrv.secrets");
        Path folder = raspiCamSrvFolder(RaspiCamSrvConfigFolder.realistic(elsewhere), false);
        SettingsImport.Report report = settings.importRaspiCamSrvSettings(folder);
        assertTrue(report.notTaken().contains("_jwtKeyStore: " + elsewhere
                + " does not exist here; the import creates no secrets file (Submit on the API tab does)"), report.notTaken().toString());
        assertFalse(Files.exists(dir.resolve("other-pi")), "no file and no folder made");
        assertEquals(new ApiSettings(true, "", 30, 7), settings.apiSettings(), "the expirations are taken all the same");
    }

    @Test
    void aKeyStoreTheApiTabWouldRefuseIsNotTakenAndNotTouched() throws Exception {
        Files.writeString(secrets, "not json");
        Path folder = raspiCamSrvFolder(RaspiCamSrvConfigFolder.realistic(secrets), false);
        SettingsImport.Report report = settings.importRaspiCamSrvSettings(folder);
        assertEquals(1, report.notTaken().stream().filter(reason -> reason.startsWith("_jwtKeyStore: The secrets file " + secrets)).count(),
                report.notTaken().toString());
        assertEquals("not json", Files.readString(secrets));
        assertEquals(new ApiSettings(true, "", 30, 7), settings.apiSettings());
    }

    @Test
    void aJsonFileThatIsNoKeyStoreIsNotCompleted() throws Exception {
        for (String content : List.of("", "{\"eventnotification\": {\"mailServer\": \"smtp.example.org\"}}")) {
            Files.writeString(secrets, content);
            Path folder = raspiCamSrvFolder(RaspiCamSrvConfigFolder.realistic(secrets), false);
            SettingsImport.Report report = settings.importRaspiCamSrvSettings(folder);
            assertTrue(report.notTaken().contains("_jwtKeyStore: " + secrets + " holds no jwtSecretKey, so it is no key store"
                    + " raspiCamSrv used; the import completes no other file (Submit on the API tab does)"), report.notTaken().toString());
            assertEquals(content, Files.readString(secrets), "a path from a file from elsewhere writes nothing");
            assertEquals("", settings.apiSettings().secretsFilePath());
        }
    }

    @Test
    void anUnreadableFileChangesNothing() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("config"));
        Files.writeString(folder.resolve("serverConfig.json"), "[]");
        assertThrows(RaspiCamSrvImportException.class, () -> settings.importRaspiCamSrvSettings(folder));
        assertEquals(List.of(), changeTexts());
        assertEquals(Presets.API, settings.apiSettings());
        assertFalse(settings.startsWithStoredConfiguration());
    }

    @Test
    void valuesEqualToCamSrvsAreTakenWithoutAChange() throws Exception {
        RaspiCamSrvConfigFolder config = RaspiCamSrvConfigFolder.realistic(secrets).remove("_jwtKeyStore")
                .set("_jwtAccessTokenExpirationMin", "60").set("_jwtRefreshTokenExpirationDays", "0")
                .set("_requireAuthForStreaming", "true").set("_photoType", "\"jpg\"").set("_videoType", "\"mp4\"");
        SettingsImport.Report report = settings.importRaspiCamSrvSettings(raspiCamSrvFolder(config, false));
        assertEquals(8 - 1, report.taken().size(), report.taken().toString());
        assertEquals(List.of(), report.notTaken());
        assertEquals(List.of(), changeTexts());
    }

    private List<String> changeTexts() {
        return settings.unsavedChanges().stream().map(ConfigurationChanges.Change::text).toList();
    }

    /** Each file below the folder with its bytes and modification time. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(),
                        Arrays.toString(Files.readAllBytes(file)) + " @" + Files.getLastModifiedTime(file).toMillis());
            }
        }
        return files;
    }
}
