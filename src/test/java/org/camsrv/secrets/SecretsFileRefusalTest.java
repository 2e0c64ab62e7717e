package org.camsrv.secrets;

import static org.camsrv.secrets.SecretsFixtures.RASPI_SECRET;
import static org.camsrv.secrets.SecretsFixtures.file;
import static org.camsrv.secrets.SecretsFixtures.p256Pair;
import static org.camsrv.secrets.SecretsFixtures.privatePem;
import static org.camsrv.secrets.SecretsFixtures.publicPem;
import static org.camsrv.secrets.SecretsFixtures.secrets;
import static org.camsrv.secrets.SecretsFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Submit on a file CamSrv cannot use: an exception, and the folder exactly as it was. */
class SecretsFileRefusalTest {

    @TempDir
    Path dir;

    /** Runs prepare() and returns the message, after checking that nothing under dir changed. */
    private String refused(Path path) throws Exception {
        Map<String, String> before = snapshot(dir);
        SecretsFileException e = assertThrows(SecretsFileException.class, () -> new SecretsFile(path).prepare());
        assertEquals(before, snapshot(dir));
        return e.getMessage();
    }

    private String refusedContent(String text) throws Exception {
        return refused(file(dir, "s.secrets", text));
    }

    @Test
    void directoryPathIsRefusedAndNothingChanges() throws Exception {
        Files.createDirectory(dir.resolve("s.secrets"));
        assertTrue(refused(dir.resolve("s.secrets")).contains("is a folder"));
    }

    @Test
    void symlinkIsRefusedAndItsTargetIsUntouched() throws Exception {
        Path target = file(dir, "target.secrets", "{}");
        Path link = Files.createSymbolicLink(dir.resolve("link.secrets"), target);
        assertTrue(refused(link).contains("symbolic link"));
    }

    @Test
    void danglingSymlinkIsRefusedAndNoTargetIsCreated() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.secrets"), dir.resolve("missing.secrets"));
        assertTrue(refused(link).contains("symbolic link"));
        assertFalse(Files.exists(dir.resolve("missing.secrets")));
    }

    @Test
    void fifoIsRefusedAsNotARegularFile() throws Exception {
        Path fifo = dir.resolve("s.secrets");
        int exit = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        org.junit.jupiter.api.Assumptions.assumeTrue(exit == 0, "mkfifo is not available");
        assertTrue(refused(fifo).contains("not a regular file"));
    }

    @Test
    void nonJsonFileIsRefusedAndKeptByteForByte() throws Exception {
        assertTrue(refusedContent("jwtSecretKey = abc\n").contains("not valid JSON"));
    }

    @Test
    void truncatedJsonIsRefused() throws Exception {
        refusedContent("{\"jwtSecrets\": {\"jwtSecretKey\": \"abc\"");
    }

    @Test
    void textAfterTheObjectIsRefused() throws Exception {
        refusedContent("{\"jwtSecrets\": {}} trailing");
    }

    @Test
    void secondObjectAfterTheFirstIsRefused() throws Exception {
        refusedContent("{} {}");
    }

    @Test
    void duplicateKeyIsRefused() throws Exception {
        assertTrue(refusedContent("{\"a\": 1, \"jwtSecrets\": {}, \"a\": 2}").contains("twice"));
    }

    @Test
    void invalidUtf8IsRefused() throws Exception {
        Path path = dir.resolve("s.secrets");
        Files.write(path, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
        assertTrue(refused(path).contains("UTF-8"));
    }

    @Test
    void deeplyNestedJsonIsRefused() throws Exception {
        refusedContent("{\"a\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
    }

    @Test
    void jsonArrayIsRefused() throws Exception {
        assertTrue(refusedContent("[{\"jwtSecrets\": {}}]").contains("not an object"));
    }

    @Test
    void jsonStringIsRefused() throws Exception {
        assertTrue(refusedContent("\"jwtSecrets\"").contains("not an object"));
    }

    @Test
    void jwtSecretsAsStringIsRefused() throws Exception {
        assertTrue(refusedContent("{\"jwtSecrets\": \"" + RASPI_SECRET + "\"}").contains("\"jwtSecrets\" is not a JSON object"));
    }

    @Test
    void jwtSecretsNullIsRefused() throws Exception {
        refusedContent("{\"jwtSecrets\": null}");
    }

    @Test
    void secretKeyAsNumberIsRefused() throws Exception {
        assertTrue(refusedContent("{\"jwtSecrets\": {\"jwtSecretKey\": 12345}}").contains("jwtSecretKey"));
    }

    @Test
    void emptySecretKeyIsRefused() throws Exception {
        refusedContent("{\"jwtSecrets\": {\"jwtSecretKey\": \"\"}}");
    }

    @Test
    void blankSecretKeyIsRefused() throws Exception {
        refusedContent("{\"jwtSecrets\": {\"jwtSecretKey\": \"   \"}}");
    }

    @Test
    void brokenPrivateKeyPemIsRefused() throws Exception {
        KeyPair pair = p256Pair();
        String broken = privatePem(pair).replace("\n-----END", "AAAA\n-----END").replaceFirst("M", "!");
        assertTrue(refusedContent(secrets(RASPI_SECRET, broken, publicPem(pair)).toString()).contains("jwtPrivateKey"));
    }

    @Test
    void truncatedPublicKeyPemIsRefused() throws Exception {
        KeyPair pair = p256Pair();
        String broken = publicPem(pair).substring(0, 60) + "\n-----END PUBLIC KEY-----\n";
        assertTrue(refusedContent(secrets(RASPI_SECRET, privatePem(pair), broken).toString()).contains("jwtPublicKey"));
    }

    @Test
    void swappedPemLabelsAreRefused() throws Exception {
        KeyPair pair = p256Pair();
        refusedContent(secrets(RASPI_SECRET, publicPem(pair), privatePem(pair)).toString());
    }

    @Test
    void pemAsNumberIsRefused() throws Exception {
        refusedContent("{\"jwtSecrets\": {\"jwtPrivateKey\": 1, \"jwtPublicKey\": 2}}");
    }

    @Test
    void keyPairOnAnotherCurveIsRefused() throws Exception {
        KeyPair p384 = SecretsFixtures.ecPair("secp384r1");
        assertTrue(refusedContent(secrets(RASPI_SECRET, privatePem(p384), publicPem(p384)).toString()).contains("P-256"));
    }

    @Test
    void rsaKeyPairIsRefused() throws Exception {
        java.security.KeyPairGenerator rsa = java.security.KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair pair = rsa.generateKeyPair();
        refusedContent(secrets(RASPI_SECRET, privatePem(pair), publicPem(pair)).toString());
    }

    @Test
    void mismatchedKeyPairIsRefused() throws Exception {
        String message = refusedContent(secrets(RASPI_SECRET, privatePem(p256Pair()), publicPem(p256Pair())).toString());
        assertTrue(message.contains("do not belong together"), message);
    }

    @Test
    void onlyPrivateKeyIsRefused() throws Exception {
        assertTrue(refusedContent(secrets(RASPI_SECRET, privatePem(p256Pair()), null).toString()).contains("only one"));
    }

    @Test
    void onlyPublicKeyIsRefused() throws Exception {
        assertTrue(refusedContent(secrets(null, null, publicPem(p256Pair())).toString()).contains("only one"));
    }

    @Test
    void fileOverOneMebibyteIsRefusedAsTooLarge() throws Exception {
        String text = "{}" + " ".repeat(SecretsFile.MAX_BYTES - 1);
        assertTrue(refusedContent(text).contains("too large"));
    }

    @Test
    void fileOfExactlyOneMebibyteIsAccepted() throws Exception {
        String json = SecretsFixtures.complete(RASPI_SECRET, p256Pair()).toString();
        Path path = file(dir, "s.secrets", json + " ".repeat(SecretsFile.MAX_BYTES - json.length()));
        assertEquals(SecretsFile.MAX_BYTES, Files.size(path));
        new SecretsFile(path).prepare();
    }
}
