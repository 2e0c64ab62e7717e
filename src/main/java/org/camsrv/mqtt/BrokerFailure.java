package org.camsrv.mqtt;

import javax.net.ssl.SSLException;
import org.eclipse.paho.client.mqttv3.MqttException;

/** Paho's failures in an owner's words: what the page, the Info page and the single log line say. */
final class BrokerFailure {

    private BrokerFailure() {
    }

    static String words(Throwable failure) {
        if (failure instanceof MqttException mqtt) {
            switch (mqtt.getReasonCode()) {
                case MqttException.REASON_CODE_NOT_AUTHORIZED:
                    return "broker refused the login: not authorized";
                case MqttException.REASON_CODE_FAILED_AUTHENTICATION:
                    return "broker refused the login: bad user name or password";
                case MqttException.REASON_CODE_INVALID_CLIENT_ID:
                    return "broker refused the client id";
                case MqttException.REASON_CODE_BROKER_UNAVAILABLE:
                    return "broker is unavailable";
                case MqttException.REASON_CODE_INVALID_PROTOCOL_VERSION:
                    return "broker does not speak MQTT 3.1.1";
                case MqttException.REASON_CODE_CLIENT_TIMEOUT:
                    return "broker did not answer in time";
                case MqttException.REASON_CODE_CONNECTION_LOST:
                    return "connection to the broker lost";
                case MqttException.REASON_CODE_SERVER_CONNECT_ERROR:
                    return "cannot reach the broker" + cause(mqtt);
                default:
                    break;
            }
            if (hasCause(mqtt, SSLException.class)) {
                return "TLS with the broker failed" + cause(mqtt);
            }
            return "MQTT error " + mqtt.getReasonCode() + cause(mqtt);
        }
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }

    private static String cause(Throwable failure) {
        Throwable cause = failure.getCause();
        if (cause == null || cause.getMessage() == null) {
            return "";
        }
        return ": " + cause.getMessage().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
