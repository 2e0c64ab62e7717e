package org.camsrv.settings;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The "mqtt" section of serverConfig.json. Built field by field from {@link MqttSettings}, which
 * has no password, so none can be stored; missing fields take the defaults given.
 */
final class MqttSettingsJson {

    private static final String SECTION = "mqtt";

    private MqttSettingsJson() {
    }

    static JsonObjectBuilder toJson(MqttSettings mqtt) {
        return Json.createObjectBuilder()
                .add("enabled", mqtt.enabled())
                .add("brokerUrl", mqtt.brokerUrl())
                .add("user", mqtt.user())
                .add("discoveryPrefix", mqtt.discoveryPrefix())
                .add("nodeId", mqtt.nodeId())
                .add("snapshotSeconds", mqtt.snapshotSeconds())
                .add("configuredBy", mqtt.configuredBy());
    }

    static MqttSettings fromJson(JsonObject json, MqttSettings defaults) {
        try {
            return new MqttSettings(
                    json.containsKey("enabled") ? bool(json, "enabled") : defaults.enabled(),
                    json.containsKey("brokerUrl") ? text(json, "brokerUrl") : defaults.brokerUrl(),
                    json.containsKey("user") ? text(json, "user") : defaults.user(),
                    json.containsKey("discoveryPrefix") ? text(json, "discoveryPrefix") : defaults.discoveryPrefix(),
                    json.containsKey("nodeId") ? text(json, "nodeId") : defaults.nodeId(),
                    json.containsKey("snapshotSeconds") ? wholeNumber(json, "snapshotSeconds") : defaults.snapshotSeconds(),
                    json.containsKey("configuredBy") ? text(json, "configuredBy") : defaults.configuredBy());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + SECTION + "\": " + e.getMessage(), e);
        }
    }

    private static boolean bool(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        throw new IllegalArgumentException(key + " must be true or false");
    }

    private static String text(JsonObject json, String key) {
        if (json.get(key) instanceof JsonString text) {
            return text.getString();
        }
        throw new IllegalArgumentException(key + " must be a text");
    }

    private static int wholeNumber(JsonObject json, String key) {
        if (json.get(key) instanceof JsonNumber number) {
            try {
                return number.bigDecimalValue().intValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(key + " must be a whole number in range");
            }
        }
        throw new IllegalArgumentException(key + " must be a whole number");
    }
}
