package org.camsrv.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** One MQTT message to publish: topic, bytes, quality of service and whether the broker keeps it for new subscribers. */
record Message(String topic, byte[] payload, int qos, boolean retained) {

    Message {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
    }

    static Message text(String topic, String text, boolean retained) {
        return new Message(topic, text.getBytes(StandardCharsets.UTF_8), 1, retained);
    }

    String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
