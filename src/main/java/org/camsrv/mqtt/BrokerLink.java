package org.camsrv.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.camsrv.log.SafeLog;
import org.camsrv.settings.BrokerUrl;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * One connection to the broker with one set of settings, kept on a thread of its own: connects
 * (with the last will "offline"), says "online", publishes what a new connection needs, then
 * publishes from a bounded queue; when the broker is gone it waits with back-off and connects
 * again. Nothing here ever blocks a caller: {@link #offer} drops (and counts) when the queue is
 * full or the broker away.
 */
final class BrokerLink implements Runnable {

    private static final SafeLog LOG = SafeLog.of(BrokerLink.class);
    static final int QUEUE_SIZE = 32;
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    private static final long WAIT_MILLIS = 10_000;

    /** What the link needs from its owner. */
    record Setup(BrokerUrl broker, String user, Supplier<Optional<String>> password, Topics topics,
            Supplier<List<Message>> onConnect, BiConsumer<String, byte[]> onCommand, Consumer<MqttStatus> onStatus) {
    }

    private final Setup setup;
    private final BlockingQueue<Message> queue = new ArrayBlockingQueue<>(QUEUE_SIZE);
    private final Backoff backoff = new Backoff();
    private final AtomicLong dropped;
    private final Object wake = new Object();
    private volatile boolean stopped;
    private volatile boolean connected;
    private volatile MqttClient client;
    private String lastError = "";

    BrokerLink(Setup setup, AtomicLong dropped) {
        this.setup = setup;
        this.dropped = dropped;
    }

    /** Queues a message for the broker; false (and counted) when it is away or the queue is full. */
    boolean offer(Message message) {
        if (!connected || stopped || !queue.offer(message)) {
            dropped.incrementAndGet();
            return false;
        }
        return true;
    }

    boolean isConnected() {
        return connected;
    }

    /** Ends the link: it says "offline", disconnects and its thread ends; returns at once. */
    void stop() {
        stopped = true;
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /** For a server that stops while the link is stuck in a connect: closes the socket under it. */
    void forceClose() {
        MqttClient c = client;
        if (c != null) {
            try {
                c.disconnectForcibly(0, 0, false);
                c.close(true);
            } catch (MqttException | RuntimeException e) {
                LOG.log(Level.FINE, "MQTT: forced close", e);
            }
        }
    }

    @Override
    public void run() {
        while (!stopped) {
            status(MqttStatus.State.CONNECTING);
            try {
                connect();
                publishWhileConnected();
            } catch (MqttException | RuntimeException e) {
                failed(e);
            } finally {
                connected = false;
                closeQuietly();
            }
            if (!stopped) {
                status(MqttStatus.State.RETRYING);
                sleep(backoff.next());
            }
        }
        status(MqttStatus.State.OFF);
    }

    private void connect() throws MqttException {
        MqttClient c = new MqttClient(setup.broker().clientUri(), "camsrv-" + setup.topics().node(), new MemoryPersistence());
        client = c;
        c.setTimeToWait(WAIT_MILLIS);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setAutomaticReconnect(false);
        options.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS);
        options.setKeepAliveInterval(30);
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setWill(setup.topics().availability(), Topics.OFFLINE.getBytes(StandardCharsets.UTF_8), 1, true);
        if (!setup.user().isEmpty()) {
            options.setUserName(setup.user());
            setup.password().get().ifPresent(password -> options.setPassword(password.toCharArray()));
        }
        c.connect(options);
        c.subscribe(setup.topics().commandFilter(), 1, (topic, message) -> setup.onCommand().accept(topic, message.getPayload()));
        publish(Message.text(setup.topics().availability(), Topics.ONLINE, true));
        for (Message message : setup.onConnect().get()) {
            publish(message);
        }
        queue.clear(); // what waited from before this connection is stale; state was just published afresh
        connected = true;
        backoff.reset();
        lastError = "";
        status(MqttStatus.State.CONNECTED);
        LOG.info(() -> "MQTT connected to " + setup.broker() + " as node " + setup.topics().node());
    }

    private void publishWhileConnected() throws MqttException {
        while (!stopped && client.isConnected()) {
            Message message;
            try {
                message = queue.poll(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (message != null) {
                publish(message);
            }
        }
        if (stopped) {
            goOffline();
        } else {
            throw new MqttException(MqttException.REASON_CODE_CONNECTION_LOST);
        }
    }

    private void publish(Message message) throws MqttException {
        client.publish(message.topic(), message.payload(), message.qos(), message.retained());
    }

    /** A clean goodbye: a disconnect does not trigger the last will, so "offline" is published first. */
    private void goOffline() {
        try {
            publish(Message.text(setup.topics().availability(), Topics.OFFLINE, true));
            client.disconnect(1000);
        } catch (MqttException | RuntimeException e) {
            LOG.log(Level.FINE, "MQTT: goodbye failed", e);
        }
        LOG.info(() -> "MQTT disconnected from " + setup.broker());
    }

    private void failed(Exception e) {
        String words = BrokerFailure.words(e);
        if (!words.equals(lastError)) {
            // One line per kind of failure, not one per retry: a broker down for a day must not fill the log.
            LOG.warning(() -> "MQTT: " + words + " (" + setup.broker()
                    + (setup.user().isEmpty() ? "" : ", user " + setup.user()) + "); retrying with back-off");
        }
        LOG.log(Level.FINE, "MQTT failure", e);
        lastError = words;
    }

    private void closeQuietly() {
        MqttClient c = client;
        client = null;
        if (c == null) {
            return;
        }
        try {
            if (c.isConnected()) {
                c.disconnectForcibly(0, 1000, false);
            }
            c.close(true);
        } catch (MqttException | RuntimeException e) {
            LOG.log(Level.FINE, "MQTT: close", e);
        }
    }

    private void sleep(Duration wait) {
        synchronized (wake) {
            if (stopped) {
                return;
            }
            try {
                wake.wait(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
            }
        }
    }

    private void status(MqttStatus.State state) {
        setup.onStatus().accept(new MqttStatus(state, setup.broker().toString(), lastError, dropped.get()));
    }
}
