package org.camsrv.settings;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Integrations tab's MQTT settings that may be stored in the clear: the broker's address and
 * user, Home Assistant's discovery prefix, this node's id, how often a snapshot is published, whether
 * MQTT is on, and which SuperUser configured it (commands run with that user's rights). The broker's
 * password is not here: it lives in the secrets file.
 */
public record MqttSettings(boolean enabled, String brokerUrl, String user, String discoveryPrefix, String nodeId,
        int snapshotSeconds, String configuredBy) {

    public static final String DEFAULT_PREFIX = "homeassistant";
    public static final int MAX_SNAPSHOT_SECONDS = 86_400;
    /** Home Assistant's rule for a discovery topic's node and object ids. */
    static final Pattern NODE_ID = Pattern.compile("[a-z0-9_-]{1,64}");
    /** Topic levels without MQTT's wildcards, so that the prefix can be subscribed to and published under. */
    static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_-]{1,64}(/[A-Za-z0-9_-]{1,64}){0,3}");

    public MqttSettings {
        Objects.requireNonNull(brokerUrl, "brokerUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(configuredBy, "configuredBy");
        if (!brokerUrl.isEmpty()) {
            BrokerUrl.parse(brokerUrl);
        }
        if (enabled && brokerUrl.isEmpty()) {
            throw new IllegalArgumentException("MQTT cannot be on without a broker address");
        }
        if (user.length() > 256 || user.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The broker user must be at most 256 characters, without control characters");
        }
        if (discoveryPrefix == null || !PREFIX.matcher(discoveryPrefix).matches()) {
            throw new IllegalArgumentException("The discovery prefix takes letters, digits, _ and - (and / between levels), like "
                    + DEFAULT_PREFIX);
        }
        if (nodeId == null || !NODE_ID.matcher(nodeId).matches()) {
            throw new IllegalArgumentException("The node id takes 1 to 64 of a-z, 0-9, _ and -");
        }
        if (snapshotSeconds < 0 || snapshotSeconds > MAX_SNAPSHOT_SECONDS) {
            throw new IllegalArgumentException("The snapshot interval must be a whole number of seconds from 0 (only on motion) to "
                    + MAX_SNAPSHOT_SECONDS);
        }
    }

    /** MQTT off, nothing set: what a start without presets or stored settings has. */
    public static MqttSettings off(String hostName) {
        return new MqttSettings(false, "", "", DEFAULT_PREFIX, nodeIdFrom(hostName), 60, "");
    }

    /** A host name as a node id: lower case, anything outside [a-z0-9_-] becomes _, at most 64 characters. */
    public static String nodeIdFrom(String hostName) {
        String id = (hostName == null ? "" : hostName.strip()).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9_-]", "_");
        if (id.length() > 64) {
            id = id.substring(0, 64);
        }
        return id.isEmpty() || id.chars().allMatch(c -> c == '_') ? "camsrv" : id;
    }

    /** This machine's host name as a node id, read from Linux without a name lookup: a slow DNS must not slow the start. */
    public static String nodeIdOfThisMachine() {
        try {
            return nodeIdFrom(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel/hostname")));
        } catch (java.io.IOException | RuntimeException e) {
            return nodeIdFrom("");
        }
    }

    public BrokerUrl broker() {
        return BrokerUrl.parse(brokerUrl);
    }

    public MqttSettings withConfiguredBy(String superUser) {
        return new MqttSettings(enabled, brokerUrl, user, discoveryPrefix, nodeId, snapshotSeconds, superUser);
    }
}
