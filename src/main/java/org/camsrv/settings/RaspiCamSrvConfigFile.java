package org.camsrv.settings;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camsrv.migration.RaspiCamSrvImportException;

/**
 * raspiCamSrv's {@code static/config/serverConfig.json} as untrusted input: a regular file of at most
 * 1 MiB, read without following a link, strict UTF-8, exactly one JSON object. Only the top level is
 * kept, and of it only the wanted keys; nested values are walked by the streaming parser without
 * building them, so a deep or wide file costs no more than its size. Nothing is ever written.
 */
final class RaspiCamSrvConfigFile {

    static final String FILE_NAME = "serverConfig.json";
    static final String START_MARKER = "_loadConfigOnStart.txt";
    /** raspiCamSrv's file is a few KiB; anything this large is not it. */
    static final int MAX_BYTES = 1024 * 1024;

    /**
     * The wanted top-level values (an array or object stands in empty, as only its type matters) and how many
     * other keys there were.
     */
    record TopLevel(Map<String, JsonValue> wanted, int otherKeys) {

        TopLevel {
            wanted = Map.copyOf(wanted);
        }
    }

    private RaspiCamSrvConfigFile() {
    }

    /** The file itself when given, or serverConfig.json in the given folder. */
    static Path locate(Path fileOrFolder) {
        return Files.isDirectory(fileOrFolder) ? fileOrFolder.resolve(FILE_NAME) : fileOrFolder;
    }

    /** Whether raspiCamSrv starts with its stored configuration: only the marker's existence counts. */
    static boolean startsWithStoredConfiguration(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder != null && Files.exists(folder.resolve(START_MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    static TopLevel read(Path file, Set<String> wantedKeys) throws RaspiCamSrvImportException {
        return scan(file, decode(file, readBytes(file)), wantedKeys);
    }

    private static byte[] readBytes(Path file) throws RaspiCamSrvImportException {
        BasicFileAttributes attributes = attributes(file);
        if (attributes.isSymbolicLink()) {
            throw new RaspiCamSrvImportException(file + " is a symbolic link; give the path of the file itself");
        }
        if (!attributes.isRegularFile()) {
            // A pipe or a device would block the reader or never end.
            throw new RaspiCamSrvImportException(file + " is not a regular file");
        }
        if (attributes.size() > MAX_BYTES) {
            throw tooLarge(file);
        }
        // NOFOLLOW_LINKS again at open time, in case the file was swapped for a link after the check.
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(file);
            }
            return bytes;
        } catch (AccessDeniedException e) {
            throw new RaspiCamSrvImportException(file + " cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new RaspiCamSrvImportException(file + " cannot be read", e);
        }
    }

    private static BasicFileAttributes attributes(Path file) throws RaspiCamSrvImportException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new RaspiCamSrvImportException(file + " does not exist");
        } catch (IOException e) {
            throw new RaspiCamSrvImportException(file + " cannot be read", e);
        }
    }

    private static RaspiCamSrvImportException tooLarge(Path file) {
        return new RaspiCamSrvImportException(file + " is larger than 1 MiB; raspiCamSrv's " + FILE_NAME + " is far smaller");
    }

    private static String decode(Path file, byte[] bytes) throws RaspiCamSrvImportException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RaspiCamSrvImportException(file + " is not UTF-8 text, so it is not raspiCamSrv's JSON");
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (text.isBlank()) {
            throw new RaspiCamSrvImportException(file + " is empty");
        }
        return text;
    }

    /** Parser messages may quote the content, so none is passed on. */
    private static TopLevel scan(Path file, String text, Set<String> wantedKeys) throws RaspiCamSrvImportException {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new RaspiCamSrvImportException(file + " does not hold a JSON object ({...})");
            }
            TopLevel top = topLevel(file, parser, wantedKeys);
            if (parser.hasNext()) {
                // Parsson throws here already; another parser might answer true.
                throw new RaspiCamSrvImportException(file + " is not valid JSON: something follows the object");
            }
            return top;
        } catch (RuntimeException e) {
            // The parser also stops at its limits (depth, length of a number that is read), which guard the heap and stack.
            throw new RaspiCamSrvImportException(file + " is not valid JSON (or is nested too deeply, or has an overlong number)", e);
        }
    }

    /** Walks the object after its opening brace to its closing one; nested values only move the depth. */
    private static TopLevel topLevel(Path file, JsonParser parser, Set<String> wantedKeys) throws RaspiCamSrvImportException {
        Map<String, JsonValue> wanted = new HashMap<>();
        Set<String> seen = new HashSet<>();
        String key = null;
        for (int depth = 1; depth > 0;) {
            JsonParser.Event event = parser.next();
            if (depth == 1 && event == JsonParser.Event.KEY_NAME) {
                key = parser.getString();
                if (!seen.add(key)) {
                    // Which of two values counts is up to the reader: better none than a guess.
                    throw new RaspiCamSrvImportException(file + " holds the same key twice");
                }
                continue;
            }
            if (depth == 1 && event != JsonParser.Event.END_OBJECT && wantedKeys.contains(key)) {
                wanted.put(key, valueOrStandIn(parser, event));
            }
            switch (event) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                default -> {
                }
            }
        }
        return new TopLevel(wanted, seen.size() - wanted.size());
    }

    private static JsonValue valueOrStandIn(JsonParser parser, JsonParser.Event event) {
        return switch (event) {
            case START_OBJECT -> JsonValue.EMPTY_JSON_OBJECT;
            case START_ARRAY -> JsonValue.EMPTY_JSON_ARRAY;
            default -> parser.getValue();
        };
    }
}
