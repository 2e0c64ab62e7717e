package org.camsrv.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.Mosquitto;
import it.org.camsrv.support.MqttListener;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.camsrv.settings.BrokerUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The broker link against a real Mosquitto, without a server: connect, publish, a refused login, an outage, a clean stop. */
class BrokerLinkTest {

    private final Topics topics = new Topics("homeassistant", "unit");
    private final List<MqttStatus> statuses = new CopyOnWriteArrayList<>();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final AtomicLong dropped = new AtomicLong();
    private Mosquitto broker;
    private BrokerLink link;
    private Thread thread;

    @BeforeEach
    void startBroker() {
        broker = Mosquitto.start();
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        if (link != null) {
            link.stop();
            thread.join(5000);
        }
        if (broker != null) { // null where Mosquitto is not installed and the test was skipped
            broker.close();
        }
    }

    private void startLink(String password) {
        BrokerLink.Setup setup = new BrokerLink.Setup(BrokerUrl.parse(broker.url()), Mosquitto.CAMSRV_USER,
                () -> Optional.of(password), topics,
                () -> List.of(Message.text(topics.state(0, "status"), "idle", true)),
                (topic, payload) -> commands.add(topic + "=" + new String(payload, java.nio.charset.StandardCharsets.UTF_8)),
                statuses::add);
        link = new BrokerLink(setup, dropped);
        thread = new Thread(link, "test-mqtt");
        thread.start();
    }

    private MqttStatus last() {
        return statuses.isEmpty() ? MqttStatus.off() : statuses.get(statuses.size() - 1);
    }

    private static void await(String what, BooleanSupplier condition, Duration wait) throws InterruptedException {
        Instant deadline = Instant.now().plus(wait);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), what);
            Thread.sleep(50);
        }
    }

    @Test
    void connectsSaysOnlinePublishesAndTakesCommands() throws Exception {
        startLink(Mosquitto.CAMSRV_PASSWORD);
        await("connected", () -> link.isConnected(), Duration.ofSeconds(10));
        try (MqttListener ha = MqttListener.connect(broker, Mosquitto.HA_USER, Mosquitto.HA_PASSWORD, "camsrv/#")) {
            assertTrue(ha.await(MqttListener.on(topics.availability(), "online"), Duration.ofSeconds(5)).isPresent());
            assertTrue(ha.await(MqttListener.on(topics.state(0, "status"), "idle"), Duration.ofSeconds(5)).isPresent());
            assertTrue(link.offer(Message.text(topics.events(), "{}", false)));
            assertTrue(ha.await(MqttListener.on(topics.events(), "{}"), Duration.ofSeconds(5)).isPresent());
            ha.publish(topics.command(0, "take_photo"), "PRESS");
            await("the command came", () -> commands.contains(topics.command(0, "take_photo") + "=PRESS"), Duration.ofSeconds(5));
        }
        assertEquals(MqttStatus.State.CONNECTED, last().state());
    }

    @Test
    void aRefusedLoginIsSaidInWordsAndRetriedWithoutEverConnecting() throws Exception {
        startLink("wrong");
        await("refused", () -> last().lastError().equals("broker refused the login: not authorized"), Duration.ofSeconds(10));
        assertFalse(link.isConnected());
        assertTrue(last().text().contains("not connected to " + BrokerUrl.parse(broker.url())), last().text());
        assertFalse(link.offer(Message.text(topics.events(), "{}", false)), "nothing queues while away");
        assertEquals(1, dropped.get());
    }

    @Test
    void aKilledBrokerIsReconnectedToAndStateIsPublishedAgain() throws Exception {
        startLink(Mosquitto.CAMSRV_PASSWORD);
        await("connected", () -> link.isConnected(), Duration.ofSeconds(10));
        broker.kill();
        await("the loss is seen", () -> !link.isConnected(), Duration.ofSeconds(10));
        assertFalse(link.offer(Message.text(topics.events(), "{}", false)));
        broker.restart();
        try (MqttListener ha = MqttListener.connect(broker, Mosquitto.HA_USER, Mosquitto.HA_PASSWORD, "camsrv/#")) {
            assertTrue(ha.await(MqttListener.on(topics.availability(), "online"), Duration.ofSeconds(20)).isPresent(),
                    "online again: " + statuses);
            assertTrue(ha.await(MqttListener.on(topics.state(0, "status"), "idle"), Duration.ofSeconds(5)).isPresent(),
                    "state published again on the broker that forgot it");
        }
    }

    @Test
    void aCleanStopSaysOfflineAndEndsTheThread() throws Exception {
        startLink(Mosquitto.CAMSRV_PASSWORD);
        await("connected", () -> link.isConnected(), Duration.ofSeconds(10));
        try (MqttListener ha = MqttListener.connect(broker, Mosquitto.HA_USER, Mosquitto.HA_PASSWORD, "camsrv/#")) {
            long start = System.nanoTime();
            link.stop();
            thread.join(3000);
            assertFalse(thread.isAlive(), "the link's thread ended");
            assertTrue((System.nanoTime() - start) / 1_000_000 < 3000);
            assertTrue(ha.await(MqttListener.on(topics.availability(), "offline"), Duration.ofSeconds(5)).isPresent());
        }
        assertEquals(MqttStatus.State.OFF, last().state());
        link = null;
    }

    @Test
    void aStopDuringBackOffEndsAtOnce() throws Exception {
        broker.kill();
        startLink(Mosquitto.CAMSRV_PASSWORD);
        await("failed once", () -> last().state() == MqttStatus.State.RETRYING, Duration.ofSeconds(10));
        long start = System.nanoTime();
        link.stop();
        thread.join(3000);
        assertFalse(thread.isAlive());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 2000, "no waiting out the back-off");
        link = null;
    }
}
