package org.camsrv.settings;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.logging.Level;
import org.camsrv.data.AtomicFiles;
import org.camsrv.log.SafeLog;

/**
 * Keeps the stored configuration ({@code serverConfig.json}) and the "start with stored
 * configuration" flag ({@code startup.json}) in the config folder. They are separate files so
 * that ticking the checkbox never rewrites, or depends on, the stored configuration.
 */
public class ConfigurationStore {

    public static final String CONFIGURATION_FILE = "serverConfig.json";
    public static final String STARTUP_FILE = "startup.json";

    private static final SafeLog LOG = SafeLog.of(ConfigurationStore.class);
    private static final String START_WITH_STORED = "startWithStoredConfiguration";

    private final Path folder;
    private final ApiSettings presets;
    private final MqttSettings mqttPresets;

    /** {@code presets} fill in the API values a stored file lacks (one written by hand, or by an older version). */
    public ConfigurationStore(Path configFolder, ApiSettings presets) {
        this(configFolder, presets, ServerConfiguration.MQTT_OFF);
    }

    /** As above, with {@code mqttPresets} for the MQTT values a stored file lacks. */
    public ConfigurationStore(Path configFolder, ApiSettings presets, MqttSettings mqttPresets) {
        this.mqttPresets = mqttPresets;
        this.folder = configFolder;
        this.presets = presets;
    }

    public Path configurationFile() {
        return folder.resolve(CONFIGURATION_FILE);
    }

    public Path startupFile() {
        return folder.resolve(STARTUP_FILE);
    }

    /** Replaces the stored configuration atomically, readable by the owner only. */
    public void store(ServerConfiguration configuration) throws IOException {
        write(configurationFile(), ServerConfigurationJson.toJson(configuration));
    }

    /** The stored configuration, or empty when none has been stored yet. */
    public Optional<ServerConfiguration> load() throws StoredConfigurationException {
        Path file = configurationFile();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        JsonObject json = readObject(file);
        try {
            return Optional.of(ServerConfigurationJson.fromJson(json, presets, mqttPresets));
        } catch (IllegalArgumentException e) {
            throw new StoredConfigurationException(file, e.getMessage(), e);
        }
    }

    /** Whether the next start uses the stored configuration; a missing or unusable flag file means no. */
    public boolean startsWithStoredConfiguration() {
        Path file = startupFile();
        if (!Files.exists(file)) {
            return false;
        }
        try {
            return readObject(file).get(START_WITH_STORED) == JsonValue.TRUE;
        } catch (StoredConfigurationException e) {
            LOG.log(Level.WARNING, "{0}; starting with defaults", e.getMessage());
            return false;
        }
    }

    public void setStartWithStoredConfiguration(boolean startWithStored) throws IOException {
        write(startupFile(), Json.createObjectBuilder().add(START_WITH_STORED, startWithStored).build());
    }

    private void write(Path file, JsonObject json) throws IOException {
        AtomicFiles.createFolders(folder, AtomicFiles.OWNER_ONLY_DIR);
        StringWriter text = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(text)) {
            writer.writeObject(json);
        }
        text.write(System.lineSeparator());
        AtomicFiles.replace(file, text.toString().getBytes(StandardCharsets.UTF_8), AtomicFiles.OWNER_ONLY);
    }

    private static JsonObject readObject(Path file) throws StoredConfigurationException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new StoredConfigurationException(file, "it is not UTF-8 text", e);
        } catch (IOException e) {
            throw new StoredConfigurationException(file, "it cannot be read", e);
        }
        // A parser rather than a reader, so that content after the object (a torn write) is refused too.
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw new StoredConfigurationException(file, "it does not hold a JSON object", null);
            }
            JsonObject json = parser.getObject();
            if (parser.hasNext()) {
                throw new StoredConfigurationException(file, "it holds more than one JSON value", null);
            }
            return json;
        } catch (JsonException | NoSuchElementException e) {
            throw new StoredConfigurationException(file, "it is not valid JSON", e);
        }
    }
}
