package org.camsrv.mqtt;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import org.camsrv.camera.CameraEvent;
import org.camsrv.log.SafeLog;
import org.camsrv.settings.MqttSettings;
import org.camsrv.settings.MqttSettingsChanged;
import org.camsrv.settings.SettingsService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * MQTT for the whole server: starts a {@link BrokerLink} when the settings turn MQTT on (at start,
 * by an event off the start path, or on Submit) and replaces it when they change, so changes apply
 * at once. It is created only when MQTT is on or asked about: with MQTT off no thread runs and no
 * MQTT class beyond this one is loaded.
 */
@ApplicationScoped
public class MqttService {

    private static final SafeLog LOG = SafeLog.of(MqttService.class);
    private static final long STOP_WAIT_MILLIS = 2000;

    @Inject
    SettingsService settings;

    @Inject
    CameraBridge cameras;

    @Inject
    @ConfigProperty(name = "camsrv.version")
    String version;

    private final AtomicLong dropped = new AtomicLong();
    private volatile BrokerLink link;
    private volatile Thread thread;
    private volatile MqttStatus status = MqttStatus.off();
    private long generation;

    /**
     * Asynchronous, so off the start path: the settings service fires it at start only when MQTT is on, and on
     * every change. The running settings are read here, so that two quick changes end with the later one.
     */
    synchronized void settingsChanged(@ObservesAsync MqttSettingsChanged changed) {
        stopLink();
        MqttSettings mqtt = settings.mqttSettings();
        if (!mqtt.enabled()) {
            status = MqttStatus.off();
            return;
        }
        Topics topics = new Topics(mqtt.discoveryPrefix(), mqtt.nodeId());
        long mine = ++generation;
        BrokerLink.Setup setup = new BrokerLink.Setup(mqtt.broker(), mqtt.user(), settings::mqttPassword, topics,
                () -> cameras.onConnect(topics, version),
                (topic, payload) -> cameras.command(topics, mqtt.configuredBy(), topic, payload),
                newStatus -> {
                    if (generation == mine) {
                        status = newStatus;
                    }
                });
        BrokerLink newLink = new BrokerLink(setup, dropped);
        Thread newThread = new Thread(newLink, "camsrv-mqtt");
        newThread.setDaemon(true);
        link = newLink;
        thread = newThread;
        cameras.start(topics, this::offer, mqtt.snapshotSeconds());
        newThread.start();
    }

    /** Camera events become state, events JSON and a picture on motion; only while MQTT runs (never created for them). */
    void cameraEvent(@Observes(notifyObserver = Reception.IF_EXISTS) CameraEvent event) {
        if (link != null) {
            cameras.cameraEvent(event);
        }
    }

    /** Hands a message to the link; never waits. */
    boolean offer(Message message) {
        BrokerLink current = link;
        if (current == null) {
            return false;
        }
        return current.offer(message);
    }

    public MqttStatus status() {
        MqttStatus now = status;
        return new MqttStatus(now.state(), now.broker(), now.lastError(), dropped.get());
    }

    @PreDestroy
    synchronized void stop() {
        stopLink();
    }

    private void stopLink() {
        BrokerLink old = link;
        Thread oldThread = thread;
        link = null;
        thread = null;
        generation++;
        cameras.stop();
        if (old == null) {
            return;
        }
        old.stop();
        try {
            oldThread.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (oldThread.isAlive()) {
            LOG.info("MQTT: the old connection did not end in time; closing it");
            old.forceClose();
        }
    }
}
