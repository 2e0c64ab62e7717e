package org.camsrv.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The camsrv.mqtt.* keys: MQTT's settings for a start without stored configuration, as the API's
 * presets are. Set by the environment, they count as configured by the preset SuperUser
 * (camsrv.admin.user), whose rights MQTT commands then have.
 */
@ApplicationScoped
public class MqttPresets {

    @Inject
    @ConfigProperty(name = "camsrv.mqtt.enabled")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "camsrv.mqtt.broker")
    Optional<String> broker;

    @Inject
    @ConfigProperty(name = "camsrv.mqtt.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "camsrv.mqtt.discovery.prefix")
    String discoveryPrefix;

    @Inject
    @ConfigProperty(name = "camsrv.mqtt.node.id")
    Optional<String> nodeId;

    @Inject
    @ConfigProperty(name = "camsrv.mqtt.snapshot.seconds")
    int snapshotSeconds;

    @Inject
    @ConfigProperty(name = "camsrv.admin.user")
    Optional<String> adminUser;

    /** One that cannot be used stops the start, as an API preset out of range does. */
    public MqttSettings presets() {
        try {
            return new MqttSettings(enabled, broker.orElse("").strip(), user.orElse(""), discoveryPrefix,
                    nodeId.map(String::strip).filter(id -> !id.isEmpty()).orElse(MqttSettings.nodeIdOfThisMachine()), snapshotSeconds,
                    adminUser.orElse(""));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The MQTT presets (camsrv.mqtt.*) cannot be used: " + e.getMessage(), e);
        }
    }

}
