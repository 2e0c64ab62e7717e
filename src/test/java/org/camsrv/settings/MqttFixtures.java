package org.camsrv.settings;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** What CDI gives SettingsService for MQTT, for tests that build it by hand: presets of a fresh install, and an event that keeps what was fired. */
final class MqttFixtures {

    private MqttFixtures() {
    }

    static MqttPresets presetsOff() {
        MqttPresets presets = new MqttPresets();
        presets.enabled = false;
        presets.broker = Optional.empty();
        presets.user = Optional.empty();
        presets.discoveryPrefix = MqttSettings.DEFAULT_PREFIX;
        presets.nodeId = Optional.empty();
        presets.snapshotSeconds = 60;
        presets.adminUser = Optional.empty();
        return presets;
    }

    /** Fills in what SettingsService needs for MQTT beside the fields a test sets itself. */
    static SettingsService withMqttOff(SettingsService service) {
        service.mqttPresets = presetsOff();
        service.mqttChanged = new Fired<>();
        return service;
    }

    /** Keeps every event fired, and tells no observer. */
    static final class Fired<T> implements Event<T> {
        final List<T> events = new ArrayList<>();

        @Override
        public void fire(T event) {
            events.add(event);
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            events.add(event);
            return CompletableFuture.completedFuture(event);
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            return fireAsync(event);
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
