package org.camsrv.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.camsrv.auth.AuthFixtures;
import org.camsrv.auth.token.ApiActivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Integrations tab's Submit through SettingsService: applied at once, recorded as unsaved changes, the password only in the secrets file. */
class SettingsServiceMqttTest {

    @TempDir
    Path data;

    private final MqttFixtures.Fired<MqttSettingsChanged> fired = new MqttFixtures.Fired<>();

    private SettingsService started(String secretsFile) {
        SettingsService service = new SettingsService();
        service.dataDirectory = AuthFixtures.dataDirectoryAt(data);
        service.activation = new ApiActivation();
        service.presetAllowed = true;
        service.presetSecretsFile = Optional.ofNullable(secretsFile);
        service.presetAccessMinutes = 60;
        service.presetRefreshDays = 0;
        MqttFixtures.withMqttOff(service);
        service.mqttChanged = fired;
        service.start(new Object());
        return service;
    }

    private static MqttInput on(String broker) {
        return new MqttInput(true, broker, "camsrv", "homeassistant", "pi-1", "30");
    }

    @Test
    void aStartWithMqttOffFiresNothing() {
        started(null);
        assertEquals(List.of(), fired.events);
    }

    @Test
    void goodSettingsApplyAtOnceAreUnsavedChangesAndThePasswordIsInTheSecretsFileOnly() throws Exception {
        Path secrets = data.resolve("camsrv.secrets");
        SettingsService service = started(secrets.toString());
        assertEquals(List.of(), service.submitMqtt(on("mqtt://127.0.0.1:1883"), "broker-secret", "owner"));
        MqttSettings expected = new MqttSettings(true, "mqtt://127.0.0.1:1883", "camsrv", "homeassistant", "pi-1", 30, "owner");
        assertEquals(expected, service.mqttSettings());
        assertEquals(List.of(new MqttSettingsChanged(expected)), fired.events);
        assertEquals(Optional.of("broker-secret"), service.mqttPassword());
        assertTrue(service.unsavedChanges().stream().anyMatch(change -> change.text().equals("MQTT: off → on")));
        service.storeConfiguration();
        assertFalse(Files.readString(data.resolve("config/serverConfig.json")).contains("broker-secret"));
        assertTrue(Files.readString(secrets).contains("broker-secret"));
    }

    @Test
    void aBlankPasswordKeepsTheOneSet() {
        SettingsService service = started(data.resolve("camsrv.secrets").toString());
        service.submitMqtt(on("mqtt://127.0.0.1"), "first", "owner");
        service.submitMqtt(on("mqtt://127.0.0.1:1884"), "", "owner");
        assertEquals(Optional.of("first"), service.mqttPassword());
    }

    @Test
    void withoutASecretsFileAPasswordIsRefusedAndNothingChanges() {
        SettingsService service = started(null);
        MqttSettings before = service.mqttSettings();
        List<FieldError> errors = service.submitMqtt(on("mqtt://127.0.0.1"), "pw", "owner");
        assertEquals(MqttInput.PASSWORD_FIELD, errors.get(0).field());
        assertTrue(errors.get(0).message().contains("No secrets file is set"), errors.get(0).message());
        assertEquals(before, service.mqttSettings());
        assertEquals(List.of(), service.unsavedChanges());
        assertEquals(List.of(), fired.events);
    }

    @Test
    void badInputChangesNothing() {
        SettingsService service = started(data.resolve("camsrv.secrets").toString());
        MqttSettings before = service.mqttSettings();
        assertFalse(service.submitMqtt(on("mqtt://127.0.0.1:0"), "pw", "owner").isEmpty());
        assertEquals(before, service.mqttSettings());
        assertEquals(Optional.empty(), service.mqttPassword());
        assertEquals(List.of(), fired.events);
    }

    @Test
    void loadingTheStoredConfigurationReconnectsWithIt() throws Exception {
        SettingsService service = started(data.resolve("camsrv.secrets").toString());
        service.submitMqtt(on("mqtt://127.0.0.1"), "", "owner");
        service.storeConfiguration();
        fired.events.clear();
        service.loadStoredConfiguration();
        assertEquals(1, fired.events.size());
        assertTrue(fired.events.get(0).settings().enabled());
    }
}
