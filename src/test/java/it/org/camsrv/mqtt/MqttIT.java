package it.org.camsrv.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.org.camsrv.security.PlainUser;
import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.HomeAssistantSchema;
import it.org.camsrv.support.Mosquitto;
import it.org.camsrv.support.MqttListener;
import it.org.camsrv.support.RawHttp;
import it.org.camsrv.support.WebSession;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CamSrv against a real Mosquitto (password file and ACL), subscribed to as Home Assistant would:
 * discovery that fits Home Assistant's schema, a camera topic with JPEG bytes, commands from an
 * authenticated client, state that follows, and a broker that is killed and comes back. MQTT is set
 * by the presets (as an owner's environment would), the broker password is in the secrets file.
 */
@ExtendWith(ArquillianExtension.class)
class MqttIT {

    static final Path DATA = CamsrvArchive.newDataDirectory("mqtt");
    static final Path SECRETS = CamsrvArchive.secretsFileIn(DATA);
    static final String NODE = "it-node";
    static final String PREFIX = "homeassistant";
    static final String AVAILABILITY = "camsrv/" + NODE + "/availability";
    static final String EVENTS = "camsrv/" + NODE + "/events";
    static final Mosquitto BROKER = Mosquitto.startIfInstalled();

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        PlainUser.importInto(DATA);
        Files.writeString(SECRETS, "{\"mqtt\": {\"password\": \"" + Mosquitto.CAMSRV_PASSWORD + "\"}}");
        CamsrvArchive archive = CamsrvArchive.withDataDirectory(DATA).admin(PlainUser.OWNER, PlainUser.OWNER_PASSWORD)
                .with("camsrv.api.secrets.file", SECRETS.toString()).with("camsrv.camera", "simulated");
        if (BROKER != null) {
            archive.with("camsrv.mqtt.enabled", "true").with("camsrv.mqtt.broker", BROKER.url())
                    .with("camsrv.mqtt.user", Mosquitto.CAMSRV_USER).with("camsrv.mqtt.node.id", NODE)
                    .with("camsrv.mqtt.snapshot.seconds", "2");
        }
        return archive.build();
    }

    @ArquillianResource
    URL base;

    @AfterAll
    static void stopBroker() {
        if (BROKER != null) {
            BROKER.close();
        }
    }

    @BeforeEach
    void brokerAndConnection() throws Exception {
        assumeTrue(BROKER != null, Mosquitto.MISSING);
        MqttSupport.awaitConnected(base);
    }

    @Test
    void everyDiscoveryPayloadFitsHomeAssistantsSchemaAndNamesOnlyCamsrvTopics() throws Exception {
        try (MqttListener ha = MqttSupport.homeAssistant(BROKER)) {
            Map<String, JsonObject> configs = MqttSupport.awaitDiscovery(ha, 7);
            assertTrue(ha.await(MqttListener.on(AVAILABILITY, "online"), Duration.ofSeconds(5)).isPresent(), "availability online");
            ha.await(received -> received.topic().endsWith("/image"), Duration.ofSeconds(10));
            Set<String> known = new HashSet<>(ha.newest().keySet());
            known.add(EVENTS);
            configs.values().stream().map(config -> config.getString("command_topic", null)).filter(t -> t != null)
                    .filter(t -> t.matches("camsrv/" + NODE + "/cam[0-9]+/[a-z_]+/set")).forEach(known::add);
            Set<String> components = new HashSet<>();
            for (Map.Entry<String, JsonObject> config : configs.entrySet()) {
                String component = HomeAssistantSchema.component(PREFIX, config.getKey());
                components.add(component);
                assertEquals(List.of(), HomeAssistantSchema.problems(component, config.getValue(), known), config.getKey());
            }
            assertEquals(Set.of("camera", "binary_sensor", "button", "switch", "sensor"), components);
            assertTrue(ha.all().stream().filter(r -> r.topic().startsWith(PREFIX + "/")).allMatch(MqttListener.Received::retained),
                    "discovery is retained");
        }
    }

    @Test
    void theCameraTopicCarriesAJpegEveryInterval() throws Exception {
        try (MqttListener ha = MqttSupport.homeAssistant(BROKER)) {
            String topic = MqttSupport.awaitDiscovery(ha, 7).entrySet().stream()
                    .filter(e -> e.getKey().startsWith(PREFIX + "/camera/")).findFirst().orElseThrow().getValue().getString("topic");
            ha.forget();
            MqttListener.Received image = ha.await(MqttListener.on(topic, null).and(r -> !r.retained()), Duration.ofSeconds(10))
                    .orElseThrow(() -> new AssertionError("no picture within 10 s at a 2 s interval"));
            assertEquals((byte) 0xFF, image.payload()[0]);
            assertEquals((byte) 0xD8, image.payload()[1], "JPEG start of image");
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.payload()));
            assertNotNull(decoded, "the bytes decode as an image");
            assertEquals(640, decoded.getWidth());
        }
    }

    @Test
    void aCommandFromAnAuthenticatedClientTakesAPhotoAndABadPayloadDoesNothing() throws Exception {
        try (MqttListener ha = MqttSupport.homeAssistant(BROKER)) {
            JsonObject button = MqttSupport.awaitDiscovery(ha, 7).entrySet().stream()
                    .filter(e -> e.getKey().startsWith(PREFIX + "/button/")).findFirst().orElseThrow().getValue();
            String command = button.getString("command_topic");
            Set<String> before = MqttSupport.mediaFiles(DATA);
            ha.publish(command, "ON");
            ha.publish(command, "{\"press\": true}");
            Thread.sleep(2000);
            assertEquals(before, MqttSupport.mediaFiles(DATA), "payloads the button does not send take no photo");

            ha.publish(command, button.getString("payload_press"));
            JsonObject event = MqttSupport.json(ha.await(r -> r.topic().equals(EVENTS) && r.text().contains("photo_taken"),
                    Duration.ofSeconds(10)).orElseThrow(() -> new AssertionError("no photo_taken event")).text());
            String media = event.getString("media");
            assertEquals(0, event.getInt("camera"));
            assertTrue(Files.isRegularFile(DATA.resolve("media").resolve(media)), media);
            assertTrue(ha.await(MqttListener.on("camsrv/" + NODE + "/cam0/last_media", media), Duration.ofSeconds(5)).isPresent(),
                    "the last media sensor names the photo");
        }
    }

    @Test
    void theRecordingSwitchFollowsItsCommandsAndTheVideoIsAnEvent() throws Exception {
        try (MqttListener ha = MqttSupport.homeAssistant(BROKER)) {
            JsonObject record = MqttSupport.awaitDiscovery(ha, 7).entrySet().stream()
                    .filter(e -> e.getKey().endsWith("/cam0_record/config")).findFirst().orElseThrow().getValue();
            ha.forget();
            ha.publish(record.getString("command_topic"), record.getString("payload_on"));
            assertTrue(ha.await(MqttListener.on(record.getString("state_topic"), record.getString("state_on")),
                    Duration.ofSeconds(10)).isPresent(), "the switch shows the recording");
            Thread.sleep(1500);
            ha.publish(record.getString("command_topic"), record.getString("payload_off"));
            assertTrue(ha.await(MqttListener.on(record.getString("state_topic"), record.getString("state_off")),
                    Duration.ofSeconds(15)).isPresent(), "the switch shows the recording ended");
            JsonObject event = MqttSupport.json(ha.await(r -> r.topic().equals(EVENTS) && r.text().contains("video_recorded"),
                    Duration.ofSeconds(10)).orElseThrow().text());
            assertTrue(Files.isRegularFile(DATA.resolve("media").resolve(event.getString("media"))), event.toString());
        }
    }

    @Test
    void aBrokerKilledMidRunIsReconnectedToAndNothingElseStallsMeanwhile() throws Exception {
        ApiClient api = new ApiClient(base);
        String token = api.login(PlainUser.OWNER, PlainUser.OWNER_PASSWORD).getString("access_token");
        WebSession owner = new WebSession(RawHttp.to(base)).logIn(PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
        Set<String> idsBefore;
        try (MqttListener ha = MqttSupport.homeAssistant(BROKER)) {
            idsBefore = MqttSupport.uniqueIds(MqttSupport.awaitDiscovery(ha, 7));
        }
        BROKER.kill();
        try {
            MqttSupport.awaitMqttState(base, "not connected", Duration.ofSeconds(10));
            for (int i = 0; i < 3; i++) {
                MqttSupport.assertFast("take_photo", () -> api.get("api/take_photo", token).status());
                MqttSupport.assertFast("photo_feed", () -> owner.get("/photo_feed").status());
                MqttSupport.assertFast("protected", () -> api.get("api/protected", token).status());
            }
            JsonObject health = MqttSupport.json(api.get("health/ready", null).text());
            assertEquals("UP", health.getString("status"), "ready stays UP without a broker: " + health);
        } finally {
            BROKER.restart();
        }
        try (MqttListener ha = MqttSupport.homeAssistant(BROKER)) {
            assertTrue(ha.await(MqttListener.on(AVAILABILITY, "online"), Duration.ofSeconds(45)).isPresent(),
                    "online again on the restarted broker (which kept nothing): " + BROKER.log());
            assertEquals(idsBefore, MqttSupport.uniqueIds(MqttSupport.awaitDiscovery(ha, 7)), "discovery published again, same ids");
        }
        assertTrue(MqttSupport.info(owner).contains("connected to " + BROKER.url()),
                "the Info page says connected");
    }

    @Test
    void uniqueIdsStayTheSameAcrossAnApplicationRestart() throws Exception {
        Set<String> before;
        try (MqttListener ha = MqttSupport.homeAssistant(BROKER)) {
            before = MqttSupport.uniqueIds(MqttSupport.awaitDiscovery(ha, 7));
            ha.forget();
            WebSession owner = new WebSession(RawHttp.to(base)).logIn(PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
            Map<String, String> form = WebSession.form(owner.get("/settings?tab=configuration"), "configuration");
            form.put("configuration:restart", "Restart Server");
            assertTrue(owner.post("/settings", form).status() < 400);
            assertTrue(ha.await(MqttListener.on(AVAILABILITY, "offline"), Duration.ofSeconds(30)).isPresent(),
                    "a clean stop says offline");
            assertTrue(ha.await(r -> r.topic().equals(AVAILABILITY) && r.text().equals("online") && !r.retained(),
                    Duration.ofSeconds(60)).isPresent(), "online after the restart");
        }
        MqttSupport.awaitConnected(base);
        try (MqttListener ha = MqttSupport.homeAssistant(BROKER)) {
            assertEquals(before, MqttSupport.uniqueIds(MqttSupport.awaitDiscovery(ha, 7)));
        }
    }
}
