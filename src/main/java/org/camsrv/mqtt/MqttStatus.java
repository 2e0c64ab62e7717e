package org.camsrv.mqtt;

/**
 * Where the MQTT connection stands, for the Info page and /health/ready: off, connecting, connected,
 * or waiting to retry after a failure, with that failure in words ("broker refused the login: not authorized").
 */
public record MqttStatus(State state, String broker, String lastError, long dropped) {

    public enum State {
        OFF("off"), CONNECTING("connecting"), CONNECTED("connected"), RETRYING("not connected");

        private final String word;

        State(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    static MqttStatus off() {
        return new MqttStatus(State.OFF, "", "", 0);
    }

    public boolean connected() {
        return state == State.CONNECTED;
    }

    /** One line: "connected to mqtt://host:1883", "not connected (broker refused the login: not authorized)". */
    public String text() {
        return switch (state) {
            case OFF -> "off";
            case CONNECTING -> "connecting to " + broker + (lastError.isEmpty() ? "" : " (last error: " + lastError + ")");
            case CONNECTED -> "connected to " + broker;
            case RETRYING -> "not connected to " + broker + ": " + lastError + "; retrying";
        };
    }
}
