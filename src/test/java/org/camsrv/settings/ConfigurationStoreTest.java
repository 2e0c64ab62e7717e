package org.camsrv.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationStoreTest {

    private static final ServerConfiguration SAMPLE =
            new ServerConfiguration(new ApiSettings(true, "/home/pi/.secrets/raspiCamSrv.secrets", 30, 7));

    @TempDir
    Path data;

    private Path folder() {
        return data.resolve("config");
    }

    private ConfigurationStore store() {
        return new ConfigurationStore(folder(), Presets.API);
    }

    private Path configFile() {
        return folder().resolve("serverConfig.json");
    }

    private Path startupFile() {
        return folder().resolve("startup.json");
    }

    private void writeConfig(String text) throws IOException {
        Files.createDirectories(folder());
        Files.writeString(configFile(), text);
    }

    @Test
    void nothingStoredLoadsAsEmpty() throws Exception {
        assertEquals(Optional.empty(), store().load());
    }

    @Test
    void storedConfigurationLoadsBack() throws Exception {
        store().store(SAMPLE);
        assertEquals(Optional.of(SAMPLE), store().load());
    }

    @Test
    void storeWritesServerConfigJsonInTheConfigFolder() throws Exception {
        store().store(SAMPLE);
        assertTrue(Files.isRegularFile(configFile()));
        assertEquals(configFile(), store().configurationFile());
    }

    @Test
    void storedFileEndsWithANewline() throws Exception {
        store().store(SAMPLE);
        assertTrue(Files.readString(configFile()).endsWith("}" + System.lineSeparator()));
    }

    @Test
    void storedFileIsReadableByOwnerOnly() throws Exception {
        store().store(SAMPLE);
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(configFile()));
    }

    @Test
    void configFolderIsCreatedForOwnerOnly() throws Exception {
        store().store(SAMPLE);
        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(folder()));
    }

    @Test
    void noTemporaryFilesAreLeftBehind() throws Exception {
        store().store(SAMPLE);
        store().store(new ServerConfiguration(Presets.API));
        store().setStartWithStoredConfiguration(true);
        try (Stream<Path> files = Files.list(folder())) {
            assertEquals(List.of("serverConfig.json", "startup.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void storeReplacesTheOldContentCompletely() throws Exception {
        writeConfig("{\"version\":1,\"api\":{\"jwtSecretsPath\":\"" + "/old/very/long/path/".repeat(50) + "\"}} trailing");
        store().store(SAMPLE);
        assertEquals(ServerConfigurationJson.toJson(SAMPLE), parse(Files.readString(configFile())));
        assertFalse(Files.readString(configFile()).contains("/old/"));
    }

    @Test
    void storedJsonHoldsExactlyTheDocumentedKeys() throws Exception {
        store().store(SAMPLE);
        JsonObject json = parse(Files.readString(configFile()));
        assertEquals(Set.of("version", "api", "parameters", "mqtt"), json.keySet());
        assertEquals(Set.of("apiAllowed", "jwtSecretsPath", "accessTokenMinutes", "refreshTokenDays"),
                json.getJsonObject("api").keySet());
        assertEquals(Set.of("photoType", "rawPhotoType", "videoType", "streamingNeedsLogin", "motionThreshold"),
                json.getJsonObject("parameters").keySet());
        assertEquals(Set.of("enabled", "brokerUrl", "user", "discoveryPrefix", "nodeId", "snapshotSeconds", "configuredBy"),
                json.getJsonObject("mqtt").keySet(), "never a password");
        assertEquals("/home/pi/.secrets/raspiCamSrv.secrets", json.getJsonObject("api").getString("jwtSecretsPath"));
    }

    @Test
    void storedJsonNeverContainsTheSecretsFileContent() throws Exception {
        Path secrets = data.resolve("raspiCamSrv.secrets");
        Files.writeString(secrets, "{\"jwtSecrets\":{\"jwtSecretKey\":\"TOP-SECRET-KEY-123\"}}");
        store().store(new ServerConfiguration(new ApiSettings(true, secrets.toString(), 60, 0)));
        String stored = Files.readString(configFile());
        assertTrue(stored.contains(secrets.toString()));
        assertFalse(stored.contains("TOP-SECRET-KEY-123"));
        assertFalse(stored.contains("jwtSecretKey"));
    }

    @Test
    void unknownFieldsInTheFileAreIgnored() throws Exception {
        writeConfig("{\"version\":1,\"photos\":{\"dir\":\"x\"},\"api\":{\"apiAllowed\":false,\"extra\":true}}");
        assertEquals(Optional.of(new ServerConfiguration(new ApiSettings(false, "", 60, 0))), store().load());
    }

    @Test
    void missingFieldsInTheFileAreDefaulted() throws Exception {
        writeConfig("{\"version\":1}");
        assertEquals(Optional.of(new ServerConfiguration(Presets.API)), store().load());
    }

    @Test
    void corruptFileIsRefusedNamingTheFile() throws Exception {
        writeConfig("this is not json");
        assertRefusedNamingTheFile("is not valid JSON");
    }

    @Test
    void truncatedFileIsRefusedNamingTheFile() throws Exception {
        String full = Json.createObjectBuilder().add("version", 1).build().toString();
        writeConfig(full.substring(0, full.length() - 3));
        assertRefusedNamingTheFile("is not valid JSON");
    }

    @Test
    void emptyFileIsRefusedNamingTheFile() throws Exception {
        writeConfig("");
        assertRefusedNamingTheFile("is not valid JSON");
    }

    @Test
    void contentAfterTheObjectIsRefused() throws Exception {
        writeConfig("{\"version\":1} x");
        assertRefusedNamingTheFile("is not valid JSON");
    }

    @Test
    void secondObjectAfterTheFirstIsRefused() throws Exception {
        writeConfig("{\"version\":1}{\"version\":1}");
        assertRefusedNamingTheFile("is not valid JSON");
    }

    @Test
    void trailingWhitespaceIsAccepted() throws Exception {
        writeConfig("{\"version\":1}\n\n  ");
        assertEquals(Optional.of(new ServerConfiguration(Presets.API)), store().load());
    }

    @Test
    void jsonThatIsNotAnObjectIsRefusedNamingTheFile() throws Exception {
        writeConfig("[1, 2]");
        assertRefusedNamingTheFile("does not hold a JSON object");
    }

    @Test
    void fileThatIsNotUtf8IsRefusedNamingTheFile() throws Exception {
        Files.createDirectories(folder());
        Files.write(configFile(), new byte[] {'{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'});
        assertRefusedNamingTheFile("not UTF-8");
    }

    @Test
    void folderInPlaceOfTheFileIsRefusedNamingTheFile() throws Exception {
        Files.createDirectories(configFile());
        assertRefusedNamingTheFile("cannot be read");
    }

    @Test
    void wrongTypeIsRefusedNamingTheFileAndTheField() throws Exception {
        writeConfig("{\"api\":{\"refreshTokenDays\":\"seven\"}}");
        assertRefusedNamingTheFile("\"api.refreshTokenDays\" must be a whole number");
    }

    @Test
    void outOfRangeValueIsRefusedNamingTheFile() throws Exception {
        writeConfig("{\"api\":{\"accessTokenMinutes\":-5}}");
        assertRefusedNamingTheFile("Access Token Expiration in Minutes must be 0 or more");
    }

    @Test
    void refusalMessageCarriesNoStackTraceText() throws Exception {
        writeConfig("{\"api\": {\"apiAllowed\": tru");
        String message = assertThrows(StoredConfigurationException.class, () -> store().load()).getMessage();
        assertFalse(message.contains("Exception"), message);
        assertFalse(message.contains("\tat "), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void startsWithStoredConfigurationIsFalseWhenNeverSet() {
        assertFalse(store().startsWithStoredConfiguration());
    }

    @Test
    void startWithStoredConfigurationPersists() throws Exception {
        store().setStartWithStoredConfiguration(true);
        assertTrue(new ConfigurationStore(folder(), Presets.API).startsWithStoredConfiguration());
        store().setStartWithStoredConfiguration(false);
        assertFalse(new ConfigurationStore(folder(), Presets.API).startsWithStoredConfiguration());
    }

    @Test
    void startupFileHasTheDocumentedShapeAndOwnerOnlyMode() throws Exception {
        store().setStartWithStoredConfiguration(true);
        assertEquals(Json.createObjectBuilder().add("startWithStoredConfiguration", true).build(),
                parse(Files.readString(startupFile())));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(startupFile()));
    }

    @Test
    void corruptStartupFileReadsAsFalse() throws Exception {
        Files.createDirectories(folder());
        Files.writeString(startupFile(), "{\"startWithStoredConfiguration\": tr");
        assertFalse(store().startsWithStoredConfiguration());
    }

    @Test
    void startupFlagOfWrongTypeReadsAsFalse() throws Exception {
        Files.createDirectories(folder());
        Files.writeString(startupFile(), "{\"startWithStoredConfiguration\": \"true\"}");
        assertFalse(store().startsWithStoredConfiguration());
    }

    @Test
    void corruptStartupFileCanBeOverwritten() throws Exception {
        Files.createDirectories(folder());
        Files.writeString(startupFile(), "garbage");
        store().setStartWithStoredConfiguration(true);
        assertTrue(store().startsWithStoredConfiguration());
    }

    @Test
    void settingTheStartupFlagLeavesTheStoredConfigurationUntouched() throws Exception {
        store().store(SAMPLE);
        byte[] before = Files.readAllBytes(configFile());
        store().setStartWithStoredConfiguration(true);
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(configFile()));
    }

    @Test
    void storingTheConfigurationLeavesTheStartupFlagUntouched() throws Exception {
        store().setStartWithStoredConfiguration(true);
        byte[] before = Files.readAllBytes(startupFile());
        store().store(SAMPLE);
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(startupFile()));
        assertTrue(store().startsWithStoredConfiguration());
    }

    @Test
    void settingTheStartupFlagCreatesNoConfigurationFile() throws Exception {
        store().setStartWithStoredConfiguration(true);
        assertFalse(Files.exists(configFile()));
        assertEquals(Optional.empty(), store().load());
    }

    @Test
    void corruptConfigurationDoesNotAffectTheStartupFlag() throws Exception {
        store().setStartWithStoredConfiguration(true);
        writeConfig("{broken");
        assertTrue(store().startsWithStoredConfiguration());
    }

    private void assertRefusedNamingTheFile(String problem) {
        StoredConfigurationException e = assertThrows(StoredConfigurationException.class, () -> store().load());
        assertTrue(e.getMessage().contains(configFile().toString()), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    private static JsonObject parse(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void parseFailureKeepsItsCauseForTheLogOnly() throws Exception {
        writeConfig("{oops");
        StoredConfigurationException e = assertThrows(StoredConfigurationException.class, () -> store().load());
        assertNotNull(e.getCause());
        assertFalse(e.getMessage().contains(e.getCause().getClass().getName()), e.getMessage());
    }
}
