package it.org.camsrv.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Home Assistant's MQTT discovery schema for the platforms CamSrv announces, written down from its
 * documentation (home-assistant.io/integrations/camera.mqtt/, binary_sensor.mqtt/, button.mqtt/,
 * switch.mqtt/, sensor.mqtt/ and the discovery page): the keys each platform requires, the keys it
 * knows (a key outside them is a typo Home Assistant would drop), and the shape of the device block.
 */
public final class HomeAssistantSchema {

    /** Keys every MQTT entity takes. */
    private static final Set<String> COMMON = Set.of("name", "unique_id", "default_entity_id", "availability_topic",
            "payload_available", "payload_not_available", "device", "icon", "qos", "enabled_by_default", "entity_category",
            "json_attributes_topic", "encoding");
    private static final Map<String, Set<String>> REQUIRED = Map.of(
            "camera", Set.of("topic"),
            "binary_sensor", Set.of("state_topic"),
            "button", Set.of("command_topic"),
            "switch", Set.of("command_topic"),
            "sensor", Set.of("state_topic"));
    private static final Map<String, Set<String>> OWN = Map.of(
            "camera", Set.of("topic", "image_encoding"),
            "binary_sensor", Set.of("state_topic", "device_class", "payload_on", "payload_off", "off_delay", "expire_after",
                    "value_template", "force_update"),
            "button", Set.of("command_topic", "payload_press", "device_class", "retain"),
            "switch", Set.of("command_topic", "state_topic", "payload_on", "payload_off", "state_on", "state_off",
                    "optimistic", "retain", "device_class", "value_template"),
            "sensor", Set.of("state_topic", "device_class", "unit_of_measurement", "state_class", "expire_after",
                    "value_template", "force_update"));
    private static final Set<String> BINARY_SENSOR_CLASSES = Set.of("motion", "occupancy", "problem", "connectivity", "running");
    private static final Set<String> DEVICE_KEYS = Set.of("identifiers", "connections", "name", "manufacturer", "model",
            "sw_version", "hw_version", "configuration_url", "suggested_area", "via_device", "serial_number");
    /** Home Assistant's discovery topic: prefix/component/[node_id/]object_id/config. */
    private static final Pattern DISCOVERY_TOPIC = Pattern.compile("([^/]+(?:/[^/]+)*)/(camera|binary_sensor|button|switch|sensor)"
            + "/([a-zA-Z0-9_-]+/)?[a-zA-Z0-9_-]+/config");
    private static final Pattern ENTITY_ID = Pattern.compile("[a-z_]+\\.[a-z0-9_]+");

    private HomeAssistantSchema() {
    }

    /** The component a discovery topic names, or null when the topic is not one. */
    public static String component(String prefix, String topic) {
        var matcher = DISCOVERY_TOPIC.matcher(topic);
        return matcher.matches() && matcher.group(1).equals(prefix) ? matcher.group(2) : null;
    }

    /** Every problem with one payload; {@code topics} are those the payload may name. */
    public static List<String> problems(String component, JsonObject config, Set<String> topics) {
        List<String> problems = new ArrayList<>();
        Set<String> required = REQUIRED.get(component);
        if (required == null) {
            return List.of("unknown platform " + component);
        }
        required.stream().filter(key -> !config.containsKey(key)).forEach(key -> problems.add("missing required " + key));
        for (String key : config.keySet()) {
            if (!COMMON.contains(key) && !OWN.get(component).contains(key)) {
                problems.add("key " + key + " is not in " + component + "'s schema");
            }
            if (key.endsWith("topic")) {
                String topic = text(config, key);
                if (topic == null || topic.isEmpty() || topic.contains("+") || topic.contains("#")) {
                    problems.add(key + " is not a topic one can publish to: " + config.get(key));
                } else if (!topics.contains(topic)) {
                    problems.add(key + " " + topic + " is neither published nor subscribed to by CamSrv");
                }
            }
        }
        if (!(config.get("unique_id") instanceof JsonString)) {
            problems.add("no unique_id: Home Assistant cannot keep the entity in its registry or tie it to the device");
        }
        if (config.containsKey("default_entity_id") && !ENTITY_ID.matcher(String.valueOf(text(config, "default_entity_id"))).matches()) {
            problems.add("default_entity_id is not an entity id: " + config.get("default_entity_id"));
        } else if (config.containsKey("default_entity_id") && !text(config, "default_entity_id").startsWith(component + ".")) {
            problems.add("default_entity_id is not of the " + component + " domain");
        }
        if ("binary_sensor".equals(component) && config.containsKey("device_class")
                && !BINARY_SENSOR_CLASSES.contains(text(config, "device_class"))) {
            problems.add("device_class " + config.get("device_class") + " is not one CamSrv should use");
        }
        problems.addAll(deviceProblems(config.get("device")));
        return problems;
    }

    private static List<String> deviceProblems(JsonValue value) {
        if (!(value instanceof JsonObject device)) {
            return List.of("no device block");
        }
        List<String> problems = new ArrayList<>();
        device.keySet().stream().filter(key -> !DEVICE_KEYS.contains(key)).forEach(key -> problems.add("device key " + key + " unknown"));
        if (!device.containsKey("identifiers") && !device.containsKey("connections")) {
            problems.add("device has neither identifiers nor connections");
        }
        for (String key : List.of("name", "manufacturer", "model", "sw_version")) {
            if (!(device.get(key) instanceof JsonString text) || text.getString().isBlank()) {
                problems.add("device has no " + key);
            }
        }
        return problems;
    }

    private static String text(JsonObject config, String key) {
        return config.get(key) instanceof JsonString text ? text.getString() : null;
    }
}
