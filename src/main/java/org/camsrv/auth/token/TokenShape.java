package org.camsrv.auth.token;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * What is wrong with the form of a token, in the words raspiCamSrv's decoder (PyJWT) uses, so that
 * its clients see the message they know: "Not enough segments", "Invalid header padding" and so on.
 * Only the form is judged here (three parts, base64url, a JSON header); signature and claims come after.
 */
final class TokenShape {

    static final String NOT_ENOUGH_SEGMENTS = "Not enough segments";
    static final String BAD_HEADER_PADDING = "Invalid header padding";
    static final String BAD_HEADER = "Invalid header string";
    static final String BAD_PAYLOAD_PADDING = "Invalid payload padding";
    static final String BAD_CRYPTO_PADDING = "Invalid crypto padding";

    private TokenShape() {
    }

    /** The decoder's complaint about this token's form, or empty when the form is sound. */
    static Optional<String> problemOf(String token) {
        if (token == null) {
            return Optional.of(NOT_ENOUGH_SEGMENTS);
        }
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first < 0 || first == last) {
            return Optional.of(NOT_ENOUGH_SEGMENTS);
        }
        Optional<byte[]> header = decode(token.substring(0, first));
        if (header.isEmpty()) {
            return Optional.of(BAD_HEADER_PADDING);
        }
        if (!isJsonObject(new String(header.get(), StandardCharsets.UTF_8))) {
            return Optional.of(BAD_HEADER);
        }
        if (decode(token.substring(first + 1, last)).isEmpty()) {
            return Optional.of(BAD_PAYLOAD_PADDING);
        }
        if (decode(token.substring(last + 1)).isEmpty()) {
            return Optional.of(BAD_CRYPTO_PADDING);
        }
        return Optional.empty();
    }

    private static Optional<byte[]> decode(String part) {
        try {
            return Optional.of(Base64.getUrlDecoder().decode(part));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isJsonObject(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject ignored = reader.readObject();
            return true;
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return false;
        }
    }
}
