package org.camsrv.settings;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Integrations form's MQTT fields as typed, checked field by field: each problem is a message
 * for the field it belongs to, and only input without any becomes {@link MqttSettings}.
 */
public record MqttInput(boolean enabled, String brokerUrl, String user, String discoveryPrefix, String nodeId,
        String snapshotSeconds) {

    public static final String BROKER_FIELD = "broker";
    public static final String USER_FIELD = "user";
    public static final String PASSWORD_FIELD = "password";
    public static final String PREFIX_FIELD = "prefix";
    public static final String NODE_FIELD = "nodeId";
    public static final String SNAPSHOT_FIELD = "snapshot";

    /** Resolves a host name; a test gives its own. */
    interface HostLookup {
        void resolve(String host) throws UnknownHostException;
    }

    static final HostLookup DNS = InetAddress::getAllByName;

    public List<FieldError> validate() {
        return validate(DNS);
    }

    List<FieldError> validate(HostLookup lookup) {
        List<FieldError> errors = new ArrayList<>();
        String url = strip(brokerUrl);
        if (url.isEmpty()) {
            if (enabled) {
                errors.add(new FieldError(BROKER_FIELD, "Give the broker's address (mqtt://host[:port]) to turn MQTT on"));
            }
        } else {
            try {
                BrokerUrl broker = BrokerUrl.parse(url);
                lookup.resolve(broker.hostForLookup());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(BROKER_FIELD, e.getMessage()));
            } catch (UnknownHostException e) {
                errors.add(new FieldError(BROKER_FIELD, "The broker's host " + shorten(BrokerUrl.parse(url).host())
                        + " is not known here (it does not resolve)"));
            }
        }
        String name = user == null ? "" : user.strip();
        if (name.length() > 256 || name.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(USER_FIELD, "The user must be at most 256 characters, without control characters"));
        }
        if (!MqttSettings.PREFIX.matcher(strip(discoveryPrefix)).matches()) {
            errors.add(new FieldError(PREFIX_FIELD, "Letters, digits, _ and - (and / between levels), like "
                    + MqttSettings.DEFAULT_PREFIX + "; no + or #"));
        }
        String node = strip(nodeId);
        if (!node.isEmpty() && !MqttSettings.NODE_ID.matcher(node).matches()) {
            errors.add(new FieldError(NODE_FIELD, "1 to 64 of a-z, 0-9, _ and - (leave it blank for this machine's name)"));
        }
        try {
            int seconds = Integer.parseInt(strip(snapshotSeconds));
            if (seconds < 0 || seconds > MqttSettings.MAX_SNAPSHOT_SECONDS) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            errors.add(new FieldError(SNAPSHOT_FIELD, "A whole number of seconds from 0 (only on motion) to "
                    + MqttSettings.MAX_SNAPSHOT_SECONDS));
        }
        return errors;
    }

    /** Only for input that {@link #validate} found nothing wrong with. */
    public MqttSettings toSettings(String configuredBy) {
        String node = strip(nodeId);
        return new MqttSettings(enabled, strip(brokerUrl), user == null ? "" : user.strip(), strip(discoveryPrefix),
                node.isEmpty() ? MqttSettings.nodeIdOfThisMachine() : node, Integer.parseInt(strip(snapshotSeconds)),
                configuredBy);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
