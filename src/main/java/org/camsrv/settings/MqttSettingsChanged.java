package org.camsrv.settings;

/** Fired when the running MQTT settings or the broker's password change (Submit, Load Stored Configuration): MQTT reconnects with them. */
public record MqttSettingsChanged(MqttSettings settings) {
}
