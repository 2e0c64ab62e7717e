package org.camsrv.secrets;

import static org.camsrv.secrets.SecretsFixtures.OLD_TIME;
import static org.camsrv.secrets.SecretsFixtures.RASPI_SECRET;
import static org.camsrv.secrets.SecretsFixtures.file;
import static org.camsrv.secrets.SecretsFixtures.json;
import static org.camsrv.secrets.SecretsFixtures.permissions;
import static org.camsrv.secrets.SecretsFixtures.section;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Submit on a missing, empty or incomplete secrets file: what is created, added and kept. */
class SecretsFilePrepareTest {

    private static final String OTHER_SECTIONS = """
            {"eventnotification": {"host": "smtp.example.org", "port": 587, "useSSL": false, "user": "cam@example.org",
              "password": "pä$$wörd \\"quoted\\"", "recipients": ["a@example.org", "b@example.org"], "ratio": 0.25,
              "nested": {"deep": [1, 2.5, -3e2, true, null, {"x": "y"}]}},
             "other": null, "flag": true, "list": [], "empty": {}}""";

    @TempDir
    Path dir;

    @Test
    void newFileIsCreatedWithCompleteJwtSecrets() throws Exception {
        Path path = dir.resolve("raspiCamSrv.secrets");
        new SecretsFile(path).prepare();
        JsonObject secrets = json(path).getJsonObject("jwtSecrets");
        assertEquals(List.of("jwtSecretKey", "jwtPrivateKey", "jwtPublicKey"), List.copyOf(secrets.keySet()));
    }

    @Test
    void newFileIsOwnerOnly() throws Exception {
        Path path = dir.resolve("raspiCamSrv.secrets");
        new SecretsFile(path).prepare();
        assertEquals("rw-------", permissions(path));
    }

    @Test
    void missingParentFoldersAreCreatedOwnerOnly() throws Exception {
        Path path = dir.resolve("home/.secrets/raspiCamSrv.secrets");
        new SecretsFile(path).prepare();
        assertEquals("rwx------", permissions(dir.resolve("home")));
        assertEquals("rwx------", permissions(dir.resolve("home/.secrets")));
        assertEquals("rw-------", permissions(path));
    }

    @Test
    void existingParentFolderKeepsItsMode() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-x---"));
        new SecretsFile(dir.resolve("a.secrets")).prepare();
        assertEquals("rwxr-x---", permissions(dir));
    }

    @Test
    void generatedSecretKeyIsSixtyFourLowercaseHexChars() throws Exception {
        Path path = dir.resolve("s.secrets");
        new SecretsFile(path).prepare();
        assertTrue(section(path, "jwtSecretKey").matches("[0-9a-f]{64}"));
    }

    @Test
    void twoNewFilesGetDifferentKeys() throws Exception {
        Path one = dir.resolve("one.secrets");
        Path two = dir.resolve("two.secrets");
        JwtKeys keysOne = new SecretsFile(one).prepare();
        JwtKeys keysTwo = new SecretsFile(two).prepare();
        assertNotEquals(section(one, "jwtSecretKey"), section(two, "jwtSecretKey"));
        assertNotEquals(section(one, "jwtPrivateKey"), section(two, "jwtPrivateKey"));
        assertNotEquals(keysOne.keyId(), keysTwo.keyId());
    }

    @Test
    void generatedPemHasStandardLayout() throws Exception {
        Path path = dir.resolve("s.secrets");
        new SecretsFile(path).prepare();
        String privatePem = section(path, "jwtPrivateKey");
        String publicPem = section(path, "jwtPublicKey");
        assertTrue(privatePem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
        assertTrue(privatePem.endsWith("\n-----END PRIVATE KEY-----\n"));
        assertTrue(publicPem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
        assertTrue(publicPem.endsWith("\n-----END PUBLIC KEY-----\n"));
        assertTrue(privatePem.lines().allMatch(line -> line.length() <= 64), privatePem.lines().count() + " lines");
    }

    @Test
    void emptyFileGetsKeys() throws Exception {
        Path path = file(dir, "s.secrets", "");
        new SecretsFile(path).prepare();
        assertEquals(3, json(path).getJsonObject("jwtSecrets").size());
    }

    @Test
    void whitespaceOnlyFileGetsKeys() throws Exception {
        Path path = file(dir, "s.secrets", " \n\t\r\n ");
        new SecretsFile(path).prepare();
        assertEquals(3, json(path).getJsonObject("jwtSecrets").size());
    }

    @Test
    void fileWithoutJwtSecretsSectionGetsOneAndKeepsTheRest() throws Exception {
        JsonObject before = Json.createReader(new java.io.StringReader(OTHER_SECTIONS)).readObject();
        Path path = file(dir, "s.secrets", OTHER_SECTIONS);
        new SecretsFile(path).prepare();
        JsonObject after = json(path);
        assertEquals(3, after.getJsonObject("jwtSecrets").size());
        assertEquals(before, Json.createObjectBuilder(after).remove("jwtSecrets").build());
    }

    @Test
    void otherSectionsAreKeptWhenKeysAreAdded() throws Exception {
        JsonObject before = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(OTHER_SECTIONS)).readObject())
                .add("jwtSecrets", Json.createObjectBuilder().add("jwtSecretKey", RASPI_SECRET)).build();
        Path path = file(dir, "s.secrets", before);
        new SecretsFile(path).prepare();
        JsonObject after = json(path);
        for (String key : before.keySet()) {
            if (!key.equals("jwtSecrets")) {
                assertEquals(before.get(key), after.get(key), key);
            }
        }
        assertEquals(before.keySet(), after.keySet());
    }

    @Test
    void otherKeysInsideJwtSecretsAreKept() throws Exception {
        Path path = file(dir, "s.secrets", "{\"jwtSecrets\": {\"comment\": \"mine\", \"n\": [1, {\"a\": null}]}}");
        new SecretsFile(path).prepare();
        JsonObject secrets = json(path).getJsonObject("jwtSecrets");
        assertEquals("mine", secrets.getString("comment"));
        assertEquals(Json.createArrayBuilder().add(1).add(Json.createObjectBuilder().addNull("a")).build(), secrets.get("n"));
        assertEquals(5, secrets.size());
    }

    @Test
    void raspiCamSrvFileKeepsItsKeyAndGetsAKeyPair() throws Exception {
        Path path = file(dir, "raspiCamSrv.secrets", "{\"jwtSecrets\": {\"jwtSecretKey\": \"" + RASPI_SECRET + "\"}}");
        JwtKeys keys = new SecretsFile(path).prepare();
        assertEquals(RASPI_SECRET, section(path, "jwtSecretKey"));
        assertEquals(keys.keyId(), new SecretsFile(path).prepare().keyId());
    }

    @Test
    void existingKeyPairIsKeptWhileSecretKeyIsAdded() throws Exception {
        KeyPair pair = SecretsFixtures.p256Pair();
        Path path = file(dir, "s.secrets",
                SecretsFixtures.secrets(null, SecretsFixtures.privatePem(pair), SecretsFixtures.publicPem(pair)));
        JwtKeys keys = new SecretsFile(path).prepare();
        assertEquals(SecretsFixtures.privatePem(pair), section(path, "jwtPrivateKey"));
        assertArrayEquals(pair.getPublic().getEncoded(), keys.publicKey().getEncoded());
        assertTrue(section(path, "jwtSecretKey").matches("[0-9a-f]{64}"));
    }

    @Test
    void completeFileIsNotRewritten() throws Exception {
        Path path = file(dir, "s.secrets", SecretsFixtures.complete(RASPI_SECRET, SecretsFixtures.p256Pair()).toString());
        byte[] before = Files.readAllBytes(path);
        new SecretsFile(path).prepare();
        assertArrayEquals(before, Files.readAllBytes(path));
        assertEquals(OLD_TIME, Files.getLastModifiedTime(path));
    }

    @Test
    void secondPrepareKeepsWhatTheFirstWrote() throws Exception {
        Path path = dir.resolve("s.secrets");
        JwtKeys first = new SecretsFile(path).prepare();
        byte[] written = Files.readAllBytes(path);
        JwtKeys second = new SecretsFile(path).prepare();
        assertArrayEquals(written, Files.readAllBytes(path));
        assertEquals(first.keyId(), second.keyId());
    }

    @Test
    void modeStaysOwnerOnlyAfterKeysAreAddedToAnOwnerOnlyFile() throws Exception {
        Path path = file(dir, "s.secrets", "{\"jwtSecrets\": {\"jwtSecretKey\": \"" + RASPI_SECRET + "\"}}");
        new SecretsFile(path).prepare();
        assertEquals("rw-------", permissions(path));
        assertNotEquals(OLD_TIME, Files.getLastModifiedTime(path));
    }

    @Test
    void groupReadableFileBecomesOwnerOnlyWhenCompleted() throws Exception {
        Path path = file(dir, "s.secrets", "{}");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
        new SecretsFile(path).prepare();
        assertEquals("rw-------", permissions(path));
    }

    @Test
    void writtenFileIsPrettyPrintedUtf8() throws Exception {
        Path path = file(dir, "s.secrets", "{\"note\": \"Grüße ☃\"}");
        new SecretsFile(path).prepare();
        String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        assertTrue(text.contains("Grüße ☃"), text);
        assertTrue(text.contains("\n    \"jwtSecrets\": {\n        \"jwtSecretKey\": \""), text);
    }

    @Test
    void writtenFileEndsWithANewline() throws Exception {
        // Text tools and editors expect the last line to be terminated.
        Path path = dir.resolve("s.secrets");
        new SecretsFile(path).prepare();
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("}\n") && !text.endsWith("\n\n"), text);
    }

    @Test
    void noTemporaryFilesAreLeftAfterWriting() throws Exception {
        new SecretsFile(dir.resolve("s.secrets")).prepare();
        new SecretsFile(file(dir, "t.secrets", "{}")).prepare();
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(Set.of("s.secrets", "t.secrets"),
                    files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
    }
}
