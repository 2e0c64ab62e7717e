package org.camsrv.mqtt;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Home Assistant's MQTT discovery messages for one node: per camera a camera entity, a motion
 * binary_sensor, a take-photo button, switches for recording and motion detection, and status and
 * last-media sensors, all of one device. Every unique_id is made of the node id, the camera and the
 * entity only, so it is the same after a restart. Payloads are retained, so that a Home Assistant
 * started later still finds them.
 */
final class Discovery {

    /** The commands the discovery names; {@link Commands} runs them. */
    static final String TAKE_PHOTO = "take_photo";
    static final String RECORD = "record";
    static final String MOTION_CAPTURE = "motion_capture";

    /** What the device says about itself. */
    record Device(String model, String version) {
    }

    /** A camera as discovery needs it: its number and model. */
    record Camera(int number, String model) {
    }

    private final Topics topics;
    private final Device device;

    Discovery(Topics topics, Device device) {
        this.topics = topics;
        this.device = device;
    }

    List<Message> messages(List<Camera> cameras) {
        List<Message> messages = new ArrayList<>();
        for (Camera camera : cameras) {
            int n = camera.number();
            String title = "Camera " + n;
            messages.add(config("camera", n, "camera", title, Json.createObjectBuilder()
                    .add("topic", topics.state(n, "image"))));
            messages.add(config("binary_sensor", n, "motion", title + " motion", Json.createObjectBuilder()
                    .add("state_topic", topics.state(n, "motion"))
                    .add("device_class", "motion")
                    .add("payload_on", "ON")
                    .add("payload_off", "OFF")));
            messages.add(config("button", n, TAKE_PHOTO, title + " take photo", Json.createObjectBuilder()
                    .add("command_topic", topics.command(n, TAKE_PHOTO))
                    .add("payload_press", "PRESS")));
            messages.add(config("switch", n, RECORD, title + " recording", onOff(Json.createObjectBuilder()
                    .add("command_topic", topics.command(n, RECORD))
                    .add("state_topic", topics.state(n, RECORD)))));
            messages.add(config("switch", n, MOTION_CAPTURE, title + " motion detection", onOff(Json.createObjectBuilder()
                    .add("command_topic", topics.command(n, MOTION_CAPTURE))
                    .add("state_topic", topics.state(n, MOTION_CAPTURE)))));
            messages.add(config("sensor", n, "status", title + " status", Json.createObjectBuilder()
                    .add("state_topic", topics.state(n, "status"))
                    .add("icon", "mdi:cctv")));
            messages.add(config("sensor", n, "last_media", title + " last media", Json.createObjectBuilder()
                    .add("state_topic", topics.state(n, "last_media"))
                    .add("icon", "mdi:file-image")));
        }
        return messages;
    }

    private static JsonObjectBuilder onOff(JsonObjectBuilder builder) {
        return builder.add("payload_on", "ON").add("payload_off", "OFF").add("state_on", "ON").add("state_off", "OFF");
    }

    /** The id Home Assistant keeps the entity under: node, camera and entity, nothing that changes between starts. */
    String uniqueId(int camera, String entity) {
        return "camsrv_" + topics.node() + "_" + Topics.camera(camera) + "_" + entity;
    }

    private Message config(String component, int camera, String entity, String name, JsonObjectBuilder specific) {
        JsonObject payload = specific
                .add("name", name)
                .add("unique_id", uniqueId(camera, entity))
                .add("default_entity_id", component + "." + (topics.node() + "_" + Topics.camera(camera) + "_" + entity).replace('-', '_'))
                .add("availability_topic", topics.availability())
                .add("payload_available", Topics.ONLINE)
                .add("payload_not_available", Topics.OFFLINE)
                .add("device", device())
                .build();
        return Message.text(topics.discovery(component, Topics.camera(camera) + "_" + entity), payload.toString(), true);
    }

    private JsonObjectBuilder device() {
        return Json.createObjectBuilder()
                .add("identifiers", Json.createArrayBuilder().add("camsrv_" + topics.node()))
                .add("name", "CamSrv " + topics.node())
                .add("manufacturer", "CamSrv")
                .add("model", device.model())
                .add("sw_version", device.version());
    }
}
