package org.camsrv.settings;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Converts a {@link ServerConfiguration} to and from the JSON of {@code serverConfig.json}.
 * Reading is lenient about what is missing or unknown, so files written by older and newer
 * versions still load, but strict about what is there: a wrong type or range is an error.
 */
public final class ServerConfigurationJson {

    /** Written into every file so a later version can tell which shape it reads. */
    public static final int VERSION = 1;

    private ServerConfigurationJson() {
    }

    /** The JSON to store; it is built field by field from the model, so only the secrets file path can appear, never its content. */
    public static JsonObject toJson(ServerConfiguration configuration) {
        ApiSettings api = configuration.api();
        GeneralParameters parameters = configuration.parameters();
        return Json.createObjectBuilder()
                .add("version", VERSION)
                .add("api", Json.createObjectBuilder()
                        .add("apiAllowed", api.apiAllowed())
                        .add("jwtSecretsPath", api.secretsFilePath())
                        .add("accessTokenMinutes", api.accessMinutes())
                        .add("refreshTokenDays", api.refreshDays()))
                .add("parameters", Json.createObjectBuilder()
                        .add("photoType", parameters.photoType())
                        .add("rawPhotoType", parameters.rawPhotoType())
                        .add("videoType", parameters.videoType())
                        .add("streamingNeedsLogin", parameters.streamingNeedsLogin())
                        .add("motionThreshold", parameters.motionThreshold()))
                .add("mqtt", MqttSettingsJson.toJson(configuration.mqtt()))
                .build();
    }

    /**
     * The configuration in {@code json}, with {@code presets} for any API value it lacks; an
     * {@link IllegalArgumentException} says what is wrong in words for the user.
     */
    public static ServerConfiguration fromJson(JsonObject json, ApiSettings presets) {
        return fromJson(json, presets, ServerConfiguration.MQTT_OFF);
    }

    /** As above, with {@code mqttPresets} for the MQTT values the file lacks. */
    public static ServerConfiguration fromJson(JsonObject json, ApiSettings presets, MqttSettings mqttPresets) {
        if (json.containsKey("version")) {
            int version = wholeNumber(json, "version", "version");
            if (version < 1) {
                throw new IllegalArgumentException("\"version\" must be 1 or more");
            }
        }
        ApiSettings api = presets;
        if (json.containsKey("api")) {
            api = apiFromJson(object(json, "api"), api);
        }
        GeneralParameters parameters = GeneralParameters.defaults();
        if (json.containsKey("parameters")) {
            parameters = parametersFromJson(object(json, "parameters"), parameters);
        }
        MqttSettings mqtt = mqttPresets;
        if (json.containsKey("mqtt")) {
            mqtt = MqttSettingsJson.fromJson(object(json, "mqtt"), mqttPresets);
        }
        return new ServerConfiguration(api, parameters, mqtt);
    }

    private static GeneralParameters parametersFromJson(JsonObject json, GeneralParameters defaults) {
        String photo = json.containsKey("photoType") ? string(json, "photoType", "parameters") : defaults.photoType();
        String raw = json.containsKey("rawPhotoType") ? string(json, "rawPhotoType", "parameters") : defaults.rawPhotoType();
        String video = json.containsKey("videoType") ? string(json, "videoType", "parameters") : defaults.videoType();
        boolean streaming = json.containsKey("streamingNeedsLogin")
                ? bool(json, "streamingNeedsLogin", "parameters") : defaults.streamingNeedsLogin();
        int threshold = json.containsKey("motionThreshold")
                ? wholeNumber(json, "motionThreshold", "parameters.motionThreshold") : defaults.motionThreshold();
        return new GeneralParameters(photo, raw, video, streaming, threshold);
    }

    private static ApiSettings apiFromJson(JsonObject json, ApiSettings presets) {
        boolean allowed = json.containsKey("apiAllowed") ? bool(json, "apiAllowed") : presets.apiAllowed();
        String path = json.containsKey("jwtSecretsPath") ? string(json, "jwtSecretsPath") : presets.secretsFilePath();
        int minutes = json.containsKey("accessTokenMinutes")
                ? wholeNumber(json, "accessTokenMinutes", "api.accessTokenMinutes")
                : presets.accessMinutes();
        int days = json.containsKey("refreshTokenDays")
                ? wholeNumber(json, "refreshTokenDays", "api.refreshTokenDays")
                : presets.refreshDays();
        return new ApiSettings(allowed, path, minutes, days);
    }

    private static JsonObject object(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw wrongType(key, "an object");
        }
        return value.asJsonObject();
    }

    private static boolean bool(JsonObject json, String key) {
        return bool(json, key, "api");
    }

    private static boolean bool(JsonObject json, String key, String section) {
        JsonValue value = json.get(key);
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw wrongType(section + "." + key, "true or false");
    }

    private static String string(JsonObject json, String key) {
        return string(json, key, "api");
    }

    private static String string(JsonObject json, String key, String section) {
        if (json.get(key) instanceof JsonString text) {
            return text.getString();
        }
        throw wrongType(section + "." + key, "a text");
    }

    private static int wholeNumber(JsonObject json, String key, String name) {
        if (!(json.get(key) instanceof JsonNumber number)) {
            throw wrongType(name, "a whole number");
        }
        try {
            return number.bigDecimalValue().intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("\"" + name + "\" must be a whole number in range, not " + number);
        }
    }

    private static IllegalArgumentException wrongType(String name, String expected) {
        return new IllegalArgumentException("\"" + name + "\" must be " + expected);
    }
}
