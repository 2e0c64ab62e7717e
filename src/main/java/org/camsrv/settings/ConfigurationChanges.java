package org.camsrv.settings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Unsaved Configuration Changes list of the Configuration tab: what changed, and when,
 * since the last Store Configuration. Pages of several users record into one list at once,
 * so every access is synchronised.
 */
public class ConfigurationChanges {

    /** One change as the user sees it. */
    public record Change(Instant time, String text) {

        public Change {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(text, "text");
        }
    }

    private static final String NONE = "(none)";

    private final Clock clock;
    private final List<Change> changes = new ArrayList<>();

    public ConfigurationChanges() {
        this(Clock.systemUTC());
    }

    public ConfigurationChanges(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public synchronized void record(String text) {
        changes.add(new Change(clock.instant(), Objects.requireNonNull(text, "text")));
    }

    /** A snapshot, oldest change first. */
    public synchronized List<Change> list() {
        return List.copyOf(changes);
    }

    /** Forgets all changes; called once the configuration has been stored. */
    public synchronized void clear() {
        changes.clear();
    }

    /** One text per field that differs between {@code before} and {@code after}, in screen order. */
    public static List<String> describe(ApiSettings before, ApiSettings after) {
        List<String> texts = new ArrayList<>(4);
        if (before.apiAllowed() != after.apiAllowed()) {
            texts.add(text("Allow access through API", onOff(before.apiAllowed()), onOff(after.apiAllowed())));
        }
        if (!before.secretsFilePath().equals(after.secretsFilePath())) {
            texts.add(text("JWT Secret Key File Path", path(before), path(after)));
        }
        if (before.accessMinutes() != after.accessMinutes()) {
            texts.add(text(ApiSettings.MINUTES_LABEL, before.accessMinutes(), after.accessMinutes()));
        }
        if (before.refreshDays() != after.refreshDays()) {
            texts.add(text(ApiSettings.DAYS_LABEL, before.refreshDays(), after.refreshDays()));
        }
        return List.copyOf(texts);
    }

    /** One text per general parameter that differs, in screen order. */
    public static List<String> describe(GeneralParameters before, GeneralParameters after) {
        List<String> texts = new ArrayList<>(4);
        if (!before.photoType().equals(after.photoType())) {
            texts.add(text("Photo type", before.photoType(), after.photoType()));
        }
        if (!before.rawPhotoType().equals(after.rawPhotoType())) {
            texts.add(text("Raw photo type", before.rawPhotoType(), after.rawPhotoType()));
        }
        if (!before.videoType().equals(after.videoType())) {
            texts.add(text("Video type", before.videoType(), after.videoType()));
        }
        if (before.streamingNeedsLogin() != after.streamingNeedsLogin()) {
            texts.add(text("Req. Auth for Streaming", onOff(before.streamingNeedsLogin()), onOff(after.streamingNeedsLogin())));
        }
        if (before.motionThreshold() != after.motionThreshold()) {
            texts.add(text("Motion threshold", before.motionThreshold(), after.motionThreshold()));
        }
        return List.copyOf(texts);
    }

    /** One text per MQTT setting that differs, in screen order; the password is never among them. */
    public static List<String> describe(MqttSettings before, MqttSettings after) {
        List<String> texts = new ArrayList<>(6);
        if (before.enabled() != after.enabled()) {
            texts.add(text("MQTT", onOff(before.enabled()), onOff(after.enabled())));
        }
        if (!before.brokerUrl().equals(after.brokerUrl())) {
            texts.add(text("MQTT broker", orNone(before.brokerUrl()), orNone(after.brokerUrl())));
        }
        if (!before.user().equals(after.user())) {
            texts.add(text("MQTT user", orNone(before.user()), orNone(after.user())));
        }
        if (!before.discoveryPrefix().equals(after.discoveryPrefix())) {
            texts.add(text("Discovery prefix", before.discoveryPrefix(), after.discoveryPrefix()));
        }
        if (!before.nodeId().equals(after.nodeId())) {
            texts.add(text("Node id", before.nodeId(), after.nodeId()));
        }
        if (before.snapshotSeconds() != after.snapshotSeconds()) {
            texts.add(text("Snapshot interval (s)", before.snapshotSeconds(), after.snapshotSeconds()));
        }
        return List.copyOf(texts);
    }

    private static String orNone(String value) {
        return value.isEmpty() ? NONE : value;
    }

    private static String text(String label, Object from, Object to) {
        return label + ": " + from + " → " + to;
    }

    private static String onOff(boolean value) {
        return value ? "on" : "off";
    }

    private static String path(ApiSettings settings) {
        return settings.hasSecretsPath() ? settings.secretsFilePath() : NONE;
    }
}
