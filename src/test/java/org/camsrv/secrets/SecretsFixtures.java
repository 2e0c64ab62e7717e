package org.camsrv.secrets;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helpers: sample secrets files, foreign keys, and a snapshot of a folder to prove nothing changed. */
final class SecretsFixtures {

    /** A raspiCamSrv-style key: not hex, not 64 chars, and must be kept anyway. */
    static final String RASPI_SECRET = "abcdefRaspiCamSrvSecretKey0123456789";
    static final FileTime OLD_TIME = FileTime.fromMillis(1_000_000_000_000L);

    private SecretsFixtures() {
    }

    static KeyPair ecPair(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair p256Pair() {
        return ecPair("secp256r1");
    }

    static String privatePem(KeyPair pair) {
        return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
    }

    static String publicPem(KeyPair pair) {
        return pem("PUBLIC KEY", pair.getPublic().getEncoded());
    }

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    /** The Base64 body of a PEM text on one line, to look for in messages. */
    static String pemBody(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    static JsonObject secrets(String secretKey, String privatePem, String publicPem) {
        var section = Json.createObjectBuilder();
        if (secretKey != null) {
            section.add("jwtSecretKey", secretKey);
        }
        if (privatePem != null) {
            section.add("jwtPrivateKey", privatePem);
        }
        if (publicPem != null) {
            section.add("jwtPublicKey", publicPem);
        }
        return Json.createObjectBuilder().add("jwtSecrets", section).build();
    }

    static JsonObject complete(String secretKey, KeyPair pair) {
        return secrets(secretKey, privatePem(pair), publicPem(pair));
    }

    /** An owner-only file with the given text and an old modification time. */
    static Path file(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Files.setLastModifiedTime(file, OLD_TIME);
        return file;
    }

    static Path file(Path folder, String name, JsonObject json) throws IOException {
        return file(folder, name, json.toString());
    }

    static JsonObject json(Path file) throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    static String section(Path file, String key) throws IOException {
        return json(file).getJsonObject("jwtSecrets").getString(key);
    }

    static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Every entry under the folder with its type, bytes, mode and modification time. */
    static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                String state;
                if (Files.isSymbolicLink(path)) {
                    state = "link to " + Files.readSymbolicLink(path);
                } else if (Files.isDirectory(path)) {
                    state = "folder " + permissions(path);
                } else if (!Files.isRegularFile(path)) {
                    state = "special file";
                } else {
                    state = Base64.getEncoder().encodeToString(Files.readAllBytes(path)) + " " + permissions(path) + " "
                            + Files.getLastModifiedTime(path).toMillis();
                }
                entries.put(folder.relativize(path).toString(), state);
            }
        }
        return entries;
    }

    static ECPrivateKey ecPrivate(KeyPair pair) {
        return (ECPrivateKey) pair.getPrivate();
    }

    static ECPublicKey ecPublic(KeyPair pair) {
        return (ECPublicKey) pair.getPublic();
    }
}
