package it.org.camsrv.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * A client on the test broker as Home Assistant would be: logs in as its user, subscribes, keeps
 * every message it gets (and the newest per topic), and publishes commands.
 */
public final class MqttListener implements AutoCloseable {

    /** One message as it came. */
    public record Received(String topic, byte[] payload, boolean retained, Instant at) {
        public String text() {
            return new String(payload, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final MqttClient client;
    private final List<Received> all = new CopyOnWriteArrayList<>();
    private final Map<String, Received> newest = new ConcurrentHashMap<>();

    private MqttListener(MqttClient client) {
        this.client = client;
    }

    public static MqttListener connect(Mosquitto broker, String user, String password, String... filters) throws MqttException {
        MqttClient client = new MqttClient(broker.clientUri(), "test-" + user + "-" + System.nanoTime(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(user);
        options.setPassword(password.toCharArray());
        options.setAutomaticReconnect(false);
        client.connect(options);
        MqttListener listener = new MqttListener(client);
        for (String filter : filters) {
            client.subscribe(filter, 1, (topic, message) -> {
                Received received = new Received(topic, message.getPayload(), message.isRetained(), Instant.now());
                listener.all.add(received);
                listener.newest.put(topic, received);
            });
        }
        return listener;
    }

    public void publish(String topic, String payload) throws MqttException {
        client.publish(topic, payload.getBytes(java.nio.charset.StandardCharsets.UTF_8), 1, false);
    }

    public List<Received> all() {
        return List.copyOf(all);
    }

    public Map<String, Received> newest() {
        return Map.copyOf(newest);
    }

    public void forget() {
        all.clear();
        newest.clear();
    }

    /** The first message so far or within the wait that matches, else empty. */
    public Optional<Received> await(Predicate<Received> wanted, Duration wait) throws InterruptedException {
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            Optional<Received> found = all.stream().filter(wanted).findFirst();
            if (found.isPresent() || Instant.now().isAfter(deadline)) {
                return found;
            }
            Thread.sleep(50);
        }
    }

    public static Predicate<Received> on(String topic, String text) {
        return received -> received.topic().equals(topic) && (text == null || received.text().equals(text));
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect(1000);
            }
            client.close(true);
        } catch (MqttException e) {
            // The broker may be gone already (the outage test).
        }
    }
}
