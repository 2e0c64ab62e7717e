package org.camsrv.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads small JSON request bodies defensively: a size limit, strict UTF-8, and a clear message
 * for anything that is not a JSON object, instead of the framework's own error page.
 */
public final class JsonBodies {

    public static final int MAX_BODY_BYTES = 16 * 1024;

    private JsonBodies() {
    }

    /** An unreadable body; the message is safe for the client. */
    public static class BadBodyException extends Exception {
        public BadBodyException(String message) {
            super(message);
        }
    }

    /** Reads an object; an empty body answers empty (some routes take an optional body). */
    public static Optional<JsonObject> readOptionalObject(InputStream body) throws BadBodyException {
        byte[] bytes = readLimited(body);
        String text = decodeUtf8(bytes);
        if (text.isBlank()) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadBodyException("The request body must be a JSON object");
            }
            return Optional.of(value.asJsonObject());
        } catch (JsonParsingException e) {
            throw new BadBodyException("The request body is not valid JSON");
        } catch (JsonException e) {
            throw new BadBodyException("The request body is not valid JSON");
        }
    }

    public static JsonObject readObject(InputStream body) throws BadBodyException {
        return readOptionalObject(body).orElseThrow(() -> new BadBodyException("The request needs a JSON body"));
    }

    /** A string member, or empty when it is missing; a member of another type is an error. */
    public static Optional<String> string(JsonObject object, String name) throws BadBodyException {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new BadBodyException("\"" + name + "\" must be a string");
        }
        return Optional.of(object.getString(name));
    }

    private static byte[] readLimited(InputStream body) throws BadBodyException {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new BadBodyException("The request body is larger than " + MAX_BODY_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new BadBodyException("The request body could not be read");
        }
    }

    private static String decodeUtf8(byte[] bytes) throws BadBodyException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadBodyException("The request body is not UTF-8 text");
        }
    }
}
