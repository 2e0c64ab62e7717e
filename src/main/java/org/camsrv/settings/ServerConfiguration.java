package org.camsrv.settings;

import java.util.Objects;

/**
 * The whole configuration that Store Configuration writes and a start with stored configuration
 * reads. It grows a component per capability; each holds only values that may be stored in the
 * clear.
 */
public record ServerConfiguration(ApiSettings api, GeneralParameters parameters, MqttSettings mqtt) {

    /** What MQTT is where nothing says otherwise: off, with this machine's node id. */
    static final MqttSettings MQTT_OFF = MqttSettings.off(MqttSettings.nodeIdOfThisMachine());

    public ServerConfiguration {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(mqtt, "mqtt");
    }

    public ServerConfiguration(ApiSettings api, GeneralParameters parameters) {
        this(api, parameters, MQTT_OFF);
    }

    public ServerConfiguration(ApiSettings api) {
        this(api, GeneralParameters.defaults());
    }

    public ServerConfiguration withApi(ApiSettings newApi) {
        return new ServerConfiguration(newApi, parameters, mqtt);
    }

    public ServerConfiguration withParameters(GeneralParameters newParameters) {
        return new ServerConfiguration(api, newParameters, mqtt);
    }

    public ServerConfiguration withMqtt(MqttSettings newMqtt) {
        return new ServerConfiguration(api, parameters, newMqtt);
    }
}
