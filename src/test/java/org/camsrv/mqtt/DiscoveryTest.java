package org.camsrv.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.HomeAssistantSchema;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DiscoveryTest {

    private final Topics topics = new Topics("homeassistant", "pi-1");
    private final Discovery discovery = new Discovery(topics, new Discovery.Device("imx708", "1.0"));
    private final List<Discovery.Camera> twoCameras = List.of(new Discovery.Camera(0, "imx708"), new Discovery.Camera(1, "usb"));

    private static JsonObject json(Message message) {
        return Json.createReader(new StringReader(message.payloadText())).readObject();
    }

    /** Every topic CamSrv publishes or subscribes to for these cameras. */
    private Set<String> camsrvTopics() {
        Set<String> known = new HashSet<>(Set.of(topics.availability(), topics.events()));
        for (int n : new int[] {0, 1}) {
            for (String state : List.of("image", "motion", "record", "motion_capture", "status", "last_media")) {
                known.add(topics.state(n, state));
            }
            for (String command : List.of(Discovery.TAKE_PHOTO, Discovery.RECORD, Discovery.MOTION_CAPTURE)) {
                known.add(topics.command(n, command));
            }
        }
        return known;
    }

    @Test
    void eachCameraGetsSevenEntitiesAllRetainedUnderThePrefix() {
        List<Message> messages = discovery.messages(twoCameras);
        assertEquals(14, messages.size());
        for (Message message : messages) {
            assertTrue(message.retained(), message.topic());
            assertTrue(message.topic().startsWith("homeassistant/"), message.topic());
        }
        assertEquals(Set.of("camera", "binary_sensor", "button", "switch", "sensor"), messages.stream()
                .map(m -> HomeAssistantSchema.component("homeassistant", m.topic())).collect(Collectors.toSet()));
    }

    @Test
    void everyPayloadFitsHomeAssistantsSchemaForItsPlatform() {
        for (Message message : discovery.messages(twoCameras)) {
            String component = HomeAssistantSchema.component("homeassistant", message.topic());
            assertEquals(List.of(), HomeAssistantSchema.problems(component, json(message), camsrvTopics()), message.topic());
        }
    }

    @Test
    void theSchemaCheckFindsAMissingRequiredKeyAndAStrangeTopic() {
        JsonObject bad = Json.createObjectBuilder(json(discovery.messages(twoCameras).get(1)))
                .remove("state_topic").add("json_attributes_topic", "somewhere/else").build();
        List<String> problems = HomeAssistantSchema.problems("binary_sensor", bad, camsrvTopics());
        assertTrue(problems.contains("missing required state_topic"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("somewhere/else")), problems.toString());
    }

    @Test
    void uniqueIdsAreDistinctAndMadeOfNodeCameraAndEntityOnly() {
        List<String> ids = discovery.messages(twoCameras).stream().map(m -> json(m).getString("unique_id")).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), ids.toString());
        assertTrue(ids.contains("camsrv_pi-1_cam1_take_photo"), ids.toString());
        List<String> again = new Discovery(topics, new Discovery.Device("other model", "2.0")).messages(twoCameras).stream()
                .map(m -> json(m).getString("unique_id")).toList();
        assertEquals(ids, again, "a new version or camera model keeps the ids");
    }

    @Test
    void oneDeviceForTheNode() {
        Set<String> devices = discovery.messages(twoCameras).stream().map(m -> json(m).getJsonObject("device").toString())
                .collect(Collectors.toSet());
        assertEquals(1, devices.size());
        JsonObject device = json(discovery.messages(twoCameras).get(0)).getJsonObject("device");
        assertEquals("camsrv_pi-1", device.getJsonArray("identifiers").getString(0));
        assertEquals("CamSrv", device.getString("manufacturer"));
        assertEquals("1.0", device.getString("sw_version"));
    }

    @Test
    void theSwitchAndButtonSayWhatTheCommandsTake() {
        JsonObject record = discovery.messages(twoCameras).stream().filter(m -> m.topic().endsWith("/cam0_record/config"))
                .map(DiscoveryTest::json).findFirst().orElseThrow();
        assertEquals("camsrv/pi-1/cam0/record/set", record.getString("command_topic"));
        assertTrue(Commands.parse("record", record.getString("payload_on")).isPresent());
        assertTrue(Commands.parse("record", record.getString("payload_off")).isPresent());
        JsonObject button = discovery.messages(twoCameras).stream().filter(m -> m.topic().endsWith("/cam0_take_photo/config"))
                .map(DiscoveryTest::json).findFirst().orElseThrow();
        assertTrue(Commands.parse("take_photo", button.getString("payload_press")).isPresent());
        assertEquals("button.pi_1_cam0_take_photo", button.getString("default_entity_id"));
    }
}
