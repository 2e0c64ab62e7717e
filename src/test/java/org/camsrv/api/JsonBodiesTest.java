package org.camsrv.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.camsrv.api.JsonBodies.BadBodyException;
import org.junit.jupiter.api.Test;

/** Reading request bodies: the size limit, strict UTF-8, objects only, and string members. */
class JsonBodiesTest {

    private static final String NEEDS_BODY = "The request needs a JSON body";
    private static final String NOT_OBJECT = "The request body must be a JSON object";
    private static final String NOT_JSON = "The request body is not valid JSON";
    private static final String NOT_UTF8 = "The request body is not UTF-8 text";
    private static final String TOO_LARGE = "The request body is larger than 16384 bytes";

    private static InputStream body(String text) {
        return body(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream body(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static String refusalOfObject(InputStream body) {
        return assertThrows(BadBodyException.class, () -> JsonBodies.readObject(body)).getMessage();
    }

    private static String refusalOfOptionalObject(InputStream body) {
        return assertThrows(BadBodyException.class, () -> JsonBodies.readOptionalObject(body)).getMessage();
    }

    /** A JSON object padded with spaces to exactly {@code size} bytes. */
    private static byte[] objectOfSize(int size) {
        byte[] start = "{\"username\":\"alice\"}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(start, size);
        Arrays.fill(bytes, start.length, size, (byte) ' ');
        return bytes;
    }

    @Test
    void anEmptyBodyIsRequiredWhereAnObjectIsNeeded() {
        assertEquals(NEEDS_BODY, refusalOfObject(body("")));
        assertEquals(NEEDS_BODY, refusalOfObject(null));
    }

    @Test
    void anEmptyBodyIsNoObjectWhereTheBodyIsOptional() throws Exception {
        assertEquals(Optional.empty(), JsonBodies.readOptionalObject(body("")));
        assertEquals(Optional.empty(), JsonBodies.readOptionalObject(null));
    }

    @Test
    void aWhitespaceBodyCountsAsEmpty() throws Exception {
        assertEquals(Optional.empty(), JsonBodies.readOptionalObject(body(" \r\n\t ")));
        assertEquals(NEEDS_BODY, refusalOfObject(body(" \r\n\t ")));
    }

    @Test
    void aValidObjectIsRead() throws Exception {
        JsonObject object = JsonBodies.readObject(body("{\"username\": \"alice\", \"password\": \"pässwörd\"}"));

        assertEquals("alice", object.getString("username"));
        assertEquals("pässwörd", object.getString("password"));
    }

    @Test
    void aValidObjectIsReadWhereTheBodyIsOptional() throws Exception {
        Optional<JsonObject> object = JsonBodies.readOptionalObject(body(" {\"duration\": 5} "));

        assertEquals(5, object.orElseThrow().getInt("duration"));
    }

    @Test
    void anArrayIsNotAnObject() {
        assertEquals(NOT_OBJECT, refusalOfObject(body("[{\"username\": \"alice\"}]")));
        assertEquals(NOT_OBJECT, refusalOfOptionalObject(body("[]")));
    }

    @Test
    void scalarsAreNotObjects() {
        assertEquals(NOT_OBJECT, refusalOfObject(body("42")));
        assertEquals(NOT_OBJECT, refusalOfObject(body("\"alice\"")));
        assertEquals(NOT_OBJECT, refusalOfObject(body("true")));
        assertEquals(NOT_OBJECT, refusalOfObject(body("null")));
    }

    @Test
    void truncatedJsonIsNotValid() {
        assertEquals(NOT_JSON, refusalOfObject(body("{\"username\": \"ali")));
        assertEquals(NOT_JSON, refusalOfObject(body("{\"username\": ")));
        assertEquals(NOT_JSON, refusalOfOptionalObject(body("{")));
    }

    @Test
    void textThatIsNotJsonIsNotValid() {
        assertEquals(NOT_JSON, refusalOfObject(body("username=alice&password=secret")));
        assertEquals(NOT_JSON, refusalOfObject(body("{username: 'alice'}")));
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] malformed = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        assertEquals(NOT_UTF8, refusalOfObject(body(malformed)));
        assertEquals(NOT_UTF8, refusalOfOptionalObject(body(new byte[] {(byte) 0xC3, (byte) 0x28})));
    }

    @Test
    void aBodyOfExactlyTheLimitIsRead() throws Exception {
        JsonObject object = JsonBodies.readObject(body(objectOfSize(JsonBodies.MAX_BODY_BYTES)));

        assertEquals("alice", object.getString("username"));
    }

    @Test
    void aBodyOneByteOverTheLimitIsRefused() {
        assertEquals(TOO_LARGE, refusalOfObject(body(objectOfSize(JsonBodies.MAX_BODY_BYTES + 1))));
        assertEquals(TOO_LARGE, refusalOfOptionalObject(body(objectOfSize(JsonBodies.MAX_BODY_BYTES + 1))));
    }

    @Test
    void aHugeBodyIsRefusedWithoutReadingAllOfIt() {
        CountingEndlessStream endless = new CountingEndlessStream();

        assertEquals(TOO_LARGE, refusalOfObject(endless));
        assertEquals(JsonBodies.MAX_BODY_BYTES + 1, endless.taken);
    }

    @Test
    void aBodyThatCannotBeReadIsRefused() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertEquals("The request body could not be read", refusalOfObject(broken));
    }

    @Test
    void aStringMemberIsAnswered() throws Exception {
        JsonObject object = Json.createObjectBuilder().add("username", "alice").build();

        assertEquals(Optional.of("alice"), JsonBodies.string(object, "username"));
    }

    @Test
    void aMissingStringMemberIsEmpty() throws Exception {
        JsonObject object = Json.createObjectBuilder().add("username", "alice").build();

        assertEquals(Optional.empty(), JsonBodies.string(object, "password"));
    }

    @Test
    void aNullStringMemberIsEmpty() throws Exception {
        JsonObject object = Json.createObjectBuilder().addNull("password").build();

        assertEquals(Optional.empty(), JsonBodies.string(object, "password"));
    }

    @Test
    void aStringMemberOfAnotherTypeIsRefused() {
        JsonObject object = Json.createObjectBuilder()
                .add("number", 42)
                .add("flag", true)
                .add("list", Json.createArrayBuilder().add("alice"))
                .add("object", Json.createObjectBuilder().add("name", "alice"))
                .build();

        for (String name : object.keySet()) {
            BadBodyException e = assertThrows(BadBodyException.class, () -> JsonBodies.string(object, name));
            assertEquals("\"" + name + "\" must be a string", e.getMessage());
        }
    }

    /** Endless spaces that count how many bytes were taken. */
    private static final class CountingEndlessStream extends InputStream {
        long taken;

        @Override
        public int read() {
            taken++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) ' ');
            taken += length;
            return length;
        }
    }
}
