package org.camsrv.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.camsrv.auth.AuthFixtures;
import org.camsrv.auth.token.ApiActivation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which configuration a start takes, whether the API comes up with it, and the tabs' Submit, Store and Load. */
class SettingsServiceTest {
    // Equivalent mutant PIT leaves alive: isUsable("") answering true, since ApiStatus never looks at
    // whether a blank path is usable (no path already decides the status).

    @TempDir
    Path data;

    private final ApiActivation activation = new ApiActivation();

    @AfterEach
    void deactivate() {
        activation.deactivate();
    }

    private Path secrets() {
        return data.resolve("secrets/raspiCamSrv.secrets");
    }

    /** A SettingsService started as CDI would, with these camsrv.api.* presets. */
    private SettingsService started(boolean allowed, String secretsFile, int minutes, int days) {
        SettingsService service = new SettingsService();
        service.dataDirectory = AuthFixtures.dataDirectoryAt(data);
        service.activation = activation;
        service.presetAllowed = allowed;
        service.presetSecretsFile = Optional.ofNullable(secretsFile);
        service.presetAccessMinutes = minutes;
        service.presetRefreshDays = days;
        MqttFixtures.withMqttOff(service);
        service.start(new Object());
        return service;
    }

    @Test
    void presetsWithASecretsFileActivateTheApiAndCreateTheFile() {
        SettingsService service = started(true, secrets().toString(), 30, 7);

        assertTrue(activation.isActive());
        assertEquals(30, activation.current().orElseThrow().accessMinutes());
        assertEquals(7, activation.current().orElseThrow().refreshDays());
        assertTrue(Files.isRegularFile(secrets()));
        assertEquals(new ApiSettings(true, secrets().toString(), 30, 7), service.apiSettings());
        assertEquals(ApiStatus.ACTIVE, service.apiStatus());
    }

    @Test
    void theApiStaysInactiveWhenNotAllowed() {
        SettingsService service = started(false, secrets().toString(), 30, 7);

        assertFalse(activation.isActive());
        assertFalse(Files.exists(secrets()), "no key file is made for an API that is not allowed");
        assertEquals(ApiStatus.NOT_ACTIVE, service.apiStatus());
    }

    @Test
    void theApiStaysInactiveWithoutASecretsFile() {
        SettingsService service = started(true, null, 30, 7);

        assertFalse(activation.isActive());
        assertEquals("", service.apiSettings().secretsFilePath());
        assertEquals(ApiStatus.NOT_ACTIVE, service.apiStatus());
    }

    @Test
    void anUnusableSecretsFileLeavesTheApiInactiveWithoutStoppingTheStart() {
        SettingsService service = started(true, "relative/raspiCamSrv.secrets", 30, 7);

        assertFalse(activation.isActive());
        assertEquals(ApiStatus.NOT_ACTIVE, service.apiStatus(), "the path cannot be used, so a restart would not help");
    }

    @Test
    void aStartDeactivatesWhatAnEarlierStartActivated() {
        started(true, secrets().toString(), 30, 7);

        started(false, secrets().toString(), 30, 7);

        assertFalse(activation.isActive());
    }

    @Test
    void presetsOutOfRangeStopTheStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> started(true, null, -1, 7));
        assertTrue(e.getMessage().contains("camsrv.api"), e.getMessage());
    }

    @Test
    void aStartWithTheStoredConfigurationSetTakesTheStoredOne() throws Exception {
        SettingsService first = started(false, null, 30, 7);
        first.submitApiSettings(secrets().toString(), "45", "3");
        first.submitParameters(true, new GeneralParameters("png", "dng", "avi", false, 20));
        first.storeConfiguration();
        first.setStartWithStoredConfiguration(true);

        SettingsService second = started(false, null, 30, 7);

        assertTrue(second.startsWithStoredConfiguration());
        assertEquals(new ApiSettings(true, secrets().toString(), 45, 3), second.apiSettings());
        assertEquals(new GeneralParameters("png", "dng", "avi", false, 20), second.parameters());
        assertTrue(activation.isActive(), "the stored settings allow the API and name a usable file");
        assertEquals(45, activation.current().orElseThrow().accessMinutes());
    }

    @Test
    void aStoredConfigurationIsIgnoredUnlessTheStartIsSetToUseIt() throws Exception {
        SettingsService first = started(false, null, 30, 7);
        first.submitApiSettings("", "45", "3");
        first.storeConfiguration();

        SettingsService second = started(false, null, 30, 7);

        assertFalse(second.startsWithStoredConfiguration());
        assertEquals(new ApiSettings(false, "", 30, 7), second.apiSettings());
        assertEquals(GeneralParameters.defaults(), second.parameters());
    }

    @Test
    void aStartSetToUseTheStoredConfigurationTakesThePresetsWhenNothingIsStored() throws Exception {
        started(false, null, 30, 7).setStartWithStoredConfiguration(true);

        SettingsService second = started(false, null, 30, 7);

        assertEquals(new ApiSettings(false, "", 30, 7), second.apiSettings());
    }

    @Test
    void aStartSetToUseABrokenStoredConfigurationTakesThePresets() throws Exception {
        SettingsService first = started(false, null, 30, 7);
        first.storeConfiguration();
        first.setStartWithStoredConfiguration(true);
        Files.writeString(data.resolve("config").resolve(ConfigurationStore.CONFIGURATION_FILE), "{broken");

        SettingsService second = started(false, null, 30, 7);

        assertEquals(new ApiSettings(false, "", 30, 7), second.apiSettings());
    }

    @Test
    void submittedParametersAreRunningAndListedAsUnsavedChangesUntilStored() throws Exception {
        SettingsService service = started(false, null, 30, 7);

        service.submitParameters(true, new GeneralParameters("png", "dng", "mp4", true, 12));

        assertEquals("png", service.parameters().photoType());
        assertTrue(service.apiSettings().apiAllowed());
        List<String> texts = service.unsavedChanges().stream().map(ConfigurationChanges.Change::text).toList();
        assertEquals(2, texts.size(), texts.toString());
        service.storeConfiguration();
        assertEquals(List.of(), service.unsavedChanges());
        assertTrue(Files.isRegularFile(data.resolve("config").resolve(ConfigurationStore.CONFIGURATION_FILE)));
    }

    @Test
    void submittedApiSettingsChangeOnlyAfterAllFieldsPass() {
        SettingsService service = started(false, null, 30, 7);

        List<FieldError> errors = service.submitApiSettings(secrets().toString(), "not a number", "3").errors();

        assertFalse(errors.isEmpty());
        assertEquals(new ApiSettings(false, "", 30, 7), service.apiSettings());
        assertFalse(Files.exists(secrets()), "the secrets file is prepared only once the expirations pass");
        assertEquals(List.of(), service.unsavedChanges());
    }

    @Test
    void anUnusableSecretsPathIsAnErrorOnItsField() {
        SettingsService service = started(false, null, 30, 7);

        List<FieldError> errors = service.submitApiSettings("relative.secrets", "45", "3").errors();

        assertEquals(1, errors.size());
        assertEquals(SettingsService.SECRETS_FIELD, errors.get(0).field());
        assertEquals(new ApiSettings(false, "", 30, 7), service.apiSettings());
    }

    @Test
    void validApiSettingsPrepareTheSecretsFileAndAreTakenStripped() {
        SettingsService service = started(false, null, 30, 7);

        SettingsService.ApiSubmission first = service.submitApiSettings("  " + secrets() + "  ", "45", "3");
        assertEquals(List.of(), first.errors());
        assertEquals("New JWT secret key generated", first.message(), "raspiCamSrv's words for a new file");
        assertEquals("JWT secret key read from Secret Key Store", service.submitApiSettings(secrets().toString(), "45", "3").message());

        assertTrue(Files.isRegularFile(secrets()));
        assertEquals(new ApiSettings(false, secrets().toString(), 45, 3), service.apiSettings());
        assertEquals(3, service.unsavedChanges().size());
        assertEquals(ApiStatus.NOT_ACTIVE, service.apiStatus(), "still not allowed");
    }

    @Test
    void aBlankSecretsPathIsTakenAsNone() {
        SettingsService service = started(true, secrets().toString(), 30, 7);

        SettingsService.ApiSubmission blank = service.submitApiSettings(null, "30", "7");
        assertEquals(List.of(), blank.errors());
        assertEquals("API inactive - No JWT Secret Key Store specified", blank.message());

        assertEquals("", service.apiSettings().secretsFilePath());
        assertEquals(ApiStatus.DEACTIVATE_AFTER_RESTART, service.apiStatus());
    }

    @Test
    void anInactiveApiWithAllowedAccessAndAUsableFileActivatesAfterARestart() {
        SettingsService service = started(false, null, 30, 7);
        service.submitApiSettings(secrets().toString(), "30", "7");

        service.submitParameters(true, service.parameters());

        assertEquals(ApiStatus.ACTIVATE_AFTER_RESTART, service.apiStatus());
    }

    @Test
    void loadingTheStoredConfigurationReplacesTheRunningOneAndLeavesTheApiRunning() throws Exception {
        SettingsService service = started(true, secrets().toString(), 30, 7);
        service.submitApiSettings(secrets().toString(), "45", "3");
        service.storeConfiguration();
        service.submitApiSettings(secrets().toString(), "50", "4");

        service.loadStoredConfiguration();

        assertEquals(new ApiSettings(true, secrets().toString(), 45, 3), service.apiSettings());
        assertEquals(List.of(), service.unsavedChanges());
        assertTrue(activation.isActive(), "raspiCamSrv sets up its JWT handling at start: clients keep working until a restart");
    }

    @Test
    void loadingWhenNothingIsStoredIsRefusedAndKeepsTheRunningConfiguration() {
        SettingsService service = started(true, secrets().toString(), 30, 7);
        service.submitApiSettings(secrets().toString(), "45", "3");

        assertThrows(StoredConfigurationException.class, service::loadStoredConfiguration);

        assertEquals(45, service.apiSettings().accessMinutes());
        assertTrue(activation.isActive());
    }

    @Test
    void theStartOptionCanBeSwitchedOffAgain() throws Exception {
        SettingsService service = started(false, null, 30, 7);
        service.setStartWithStoredConfiguration(true);
        assertTrue(service.startsWithStoredConfiguration());

        service.setStartWithStoredConfiguration(false);

        assertFalse(service.startsWithStoredConfiguration());
    }

    @Test
    void mediaGoesToTheDataDirectorysMediaFolder() {
        assertEquals(data.resolve("media"), started(false, null, 30, 7).mediaFolder());
    }
}
