package org.camsrv.secrets;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads and writes the secrets file's JSON. Reading is strict (valid UTF-8, one object, nothing
 * after it, no key twice) because whatever a lenient reader dropped would be lost at the next write.
 */
final class SecretsJson {

    private SecretsJson() {
    }

    /** An empty or whitespace-only file reads as an empty object. Messages never quote the content. */
    static JsonObject parse(Path path, byte[] bytes) throws SecretsFileException {
        String text = decode(path, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        requireSingleObject(path, text);
        try (JsonReader reader = Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE))
                .createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new SecretsFileException("The secrets file " + path + " contains the same key twice in one object");
        }
    }

    /** Pretty-printed UTF-8 with a final newline. */
    static byte[] format(JsonObject root) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out, StandardCharsets.UTF_8)) {
            writer.writeObject(root);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static String decode(Path path, byte[] bytes) throws SecretsFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SecretsFileException("The secrets file " + path + " is not JSON: it is not UTF-8 text");
        }
    }

    /** The parser, unlike the reader, refuses anything after the first value. */
    private static void requireSingleObject(Path path, String text) throws SecretsFileException {
        boolean object;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            parser.next();
            object = parser.getValue().getValueType() == JsonValue.ValueType.OBJECT;
            if (parser.hasNext()) {
                throw new SecretsFileException("The secrets file " + path + " is not valid JSON");
            }
        } catch (RuntimeException e) {
            // Parser messages may quote the content, so they are not passed on.
            throw new SecretsFileException("The secrets file " + path + " is not valid JSON");
        }
        if (!object) {
            throw new SecretsFileException("The secrets file " + path + " is JSON but not an object ({...})");
        }
    }
}
