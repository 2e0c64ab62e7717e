package org.camsrv.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class MqttSettingsTest {

    private static final MqttSettings ON = new MqttSettings(true, "mqtts://broker.local", "cam", "ha/test", "pi-1", 10, "owner");

    @Test
    void hostNamesBecomeNodeIdsOfTheAllowedCharacters() {
        assertEquals("garden_pi_local", MqttSettings.nodeIdFrom("Garden Pi.local\n"));
        assertEquals("camsrv", MqttSettings.nodeIdFrom(""));
        assertEquals("camsrv", MqttSettings.nodeIdFrom("..."));
        assertEquals(64, MqttSettings.nodeIdFrom("x".repeat(100)).length());
        assertEquals(MqttSettings.nodeIdOfThisMachine(), MqttSettings.nodeIdFrom(MqttSettings.nodeIdOfThisMachine()));
    }

    @Test
    void storedAndReadBackTheSettingsAreEqualAndHoldNoPassword() {
        ServerConfiguration configuration = new ServerConfiguration(Presets.API, GeneralParameters.defaults(), ON);
        String json = ServerConfigurationJson.toJson(configuration).toString();
        assertFalse(json.toLowerCase(java.util.Locale.ROOT).contains("password"), json);
        assertEquals(configuration, ServerConfigurationJson.fromJson(Json.createReader(new StringReader(json)).readObject(), Presets.API));
    }

    @Test
    void aFileWithoutMqttTakesThePresets() {
        MqttSettings presets = MqttSettings.off("preset-node");
        ServerConfiguration read = ServerConfigurationJson.fromJson(Json.createObjectBuilder().build(), Presets.API, presets);
        assertEquals(presets, read.mqtt());
    }

    @Test
    void aWrongTypeOrValueInTheFileIsAnErrorNamingMqtt() {
        var json = Json.createObjectBuilder().add("mqtt", Json.createObjectBuilder().add("snapshotSeconds", "often")).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServerConfigurationJson.fromJson(json, Presets.API));
        assertEquals("\"mqtt\": snapshotSeconds must be a whole number", e.getMessage());
        var badNode = Json.createObjectBuilder().add("mqtt", Json.createObjectBuilder().add("nodeId", "A B")).build();
        assertThrows(IllegalArgumentException.class, () -> ServerConfigurationJson.fromJson(badNode, Presets.API));
    }

    @Test
    void onNeedsABroker() {
        assertThrows(IllegalArgumentException.class, () -> new MqttSettings(true, "", "", "homeassistant", "n", 10, ""));
    }

    @Test
    void changesAreDescribedWithoutThePassword() {
        MqttSettings off = MqttSettings.off("pi-1");
        assertEquals(java.util.List.of("MQTT: off → on", "MQTT broker: (none) → mqtts://broker.local", "MQTT user: (none) → cam",
                "Discovery prefix: homeassistant → ha/test", "Snapshot interval (s): 60 → 10"), ConfigurationChanges.describe(off, ON));
    }
}
