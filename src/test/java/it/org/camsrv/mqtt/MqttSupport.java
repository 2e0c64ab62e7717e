package it.org.camsrv.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.Mosquitto;
import it.org.camsrv.support.MqttListener;
import it.org.camsrv.support.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.paho.client.mqttv3.MqttException;

/** What the MQTT tests share: waiting for CamSrv's connection, reading discovery as Home Assistant does, timing requests. */
final class MqttSupport {

    static final String PREFIX = "homeassistant";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private MqttSupport() {
    }

    /** Home Assistant's view: its own broker user, the discovery prefix and CamSrv's topics. */
    static MqttListener homeAssistant(Mosquitto broker) throws MqttException {
        return MqttListener.connect(broker, Mosquitto.HA_USER, Mosquitto.HA_PASSWORD, PREFIX + "/#", "camsrv/#");
    }

    /** The retained discovery configs (topic → payload) once at least {@code count} have come. */
    static Map<String, JsonObject> awaitDiscovery(MqttListener ha, int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(15);
        while (true) {
            Map<String, JsonObject> configs = new TreeMap<>();
            ha.newest().forEach((topic, received) -> {
                if (topic.startsWith(PREFIX + "/") && topic.endsWith("/config") && received.payload().length > 0) {
                    configs.put(topic, json(received.text()));
                }
            });
            if (configs.size() >= count || Instant.now().isAfter(deadline)) {
                assertEquals(count, configs.size(), "discovery configs: " + configs.keySet());
                return configs;
            }
            Thread.sleep(100);
        }
    }

    static Set<String> uniqueIds(Map<String, JsonObject> configs) {
        return configs.values().stream().map(config -> config.getString("unique_id")).collect(Collectors.toSet());
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** /health/ready's word for MQTT ("connected", "not connected", ...). */
    static String mqttState(URL base) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            JsonObject check = json(answer.body()).getJsonArray("checks").stream().map(JsonObject.class::cast)
                    .filter(c -> c.getString("name").equals("camsrv")).findFirst().orElseThrow();
            return check.getJsonObject("data").getString("mqtt", "");
        } catch (IOException e) {
            return "unreachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            return "no answer yet";
        }
    }

    static void awaitMqttState(URL base, String state, Duration wait) throws InterruptedException {
        Instant deadline = Instant.now().plus(wait);
        String now = mqttState(base);
        while (!now.equals(state) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            now = mqttState(base);
        }
        assertEquals(state, now, "MQTT in /health/ready");
    }

    /** Each test starts from a connected CamSrv; back-off may be up to a minute after an earlier test's outage. */
    static void awaitConnected(URL base) throws InterruptedException {
        awaitMqttState(base, "connected", Duration.ofSeconds(75));
    }

    /** A request that must answer 200 within 3 s while the broker is away. */
    static void assertFast(String what, IntSupplier request) {
        long start = System.nanoTime();
        int status = request.getAsInt();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("during the broker outage: " + what + " " + status + " in " + millis + " ms");
        assertEquals(200, status, what);
        assertTrue(millis < 3000, what + " took " + millis + " ms");
    }

    static String info(WebSession session) {
        return session.get("/info").body();
    }

    static Set<String> mediaFiles(Path data) {
        try (Stream<Path> files = Files.list(data.resolve("media"))) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        } catch (java.nio.file.NoSuchFileException e) {
            return Set.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
