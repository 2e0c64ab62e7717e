package org.camsrv.secrets;

import static org.camsrv.secrets.SecretsFixtures.RASPI_SECRET;
import static org.camsrv.secrets.SecretsFixtures.file;
import static org.camsrv.secrets.SecretsFixtures.p256Pair;
import static org.camsrv.secrets.SecretsFixtures.pemBody;
import static org.camsrv.secrets.SecretsFixtures.privatePem;
import static org.camsrv.secrets.SecretsFixtures.publicPem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages may reach a web page: they name the path and never quote key material or file content. */
class SecretsFileMessageTest {

    @TempDir
    Path dir;

    private String messageFor(String content) throws Exception {
        Path path = file(dir, "s.secrets", content);
        String message = assertThrows(SecretsFileException.class, () -> new SecretsFile(path).prepare()).getMessage();
        assertTrue(message.contains(path.toString()), message);
        assertFalse(message.contains(RASPI_SECRET), message);
        return message;
    }

    private static void assertNoPem(String message, String pem) {
        String body = pemBody(pem);
        for (int start = 0; start + 16 <= body.length(); start += 16) {
            assertFalse(message.contains(body.substring(start, start + 16)), message);
        }
    }

    @Test
    void mismatchedPairMessageQuotesNoKey() throws Exception {
        KeyPair one = p256Pair();
        KeyPair two = p256Pair();
        String message = messageFor(SecretsFixtures.secrets(RASPI_SECRET, privatePem(one), publicPem(two)).toString());
        assertNoPem(message, privatePem(one));
        assertNoPem(message, publicPem(two));
    }

    @Test
    void brokenPemMessageQuotesNoKey() throws Exception {
        KeyPair pair = p256Pair();
        String broken = privatePem(pair).replace("-----END PRIVATE KEY-----", "");
        String message = messageFor(SecretsFixtures.secrets(RASPI_SECRET, broken, publicPem(pair)).toString());
        assertNoPem(message, privatePem(pair));
    }

    @Test
    void invalidJsonMessageQuotesNoContent() throws Exception {
        messageFor("{\"jwtSecrets\": {\"jwtSecretKey\": \"" + RASPI_SECRET + "\", }");
    }

    @Test
    void duplicateKeyMessageQuotesNoContent() throws Exception {
        messageFor("{\"jwtSecrets\": {\"jwtSecretKey\": \"" + RASPI_SECRET + "\", \"jwtSecretKey\": \"x\"}}");
    }

    @Test
    void wrongSectionTypeMessageQuotesNoContent() throws Exception {
        messageFor("{\"jwtSecrets\": [\"" + RASPI_SECRET + "\"]}");
    }

    @Test
    void onlyOneOfThePairMessageQuotesNoKey() throws Exception {
        KeyPair pair = p256Pair();
        assertNoPem(messageFor(SecretsFixtures.secrets(RASPI_SECRET, privatePem(pair), null).toString()), privatePem(pair));
    }

    @Test
    void jwtKeysToStringShowsNeitherSecretNorKeys() throws Exception {
        JwtKeys keys = new SecretsFile(dir.resolve("s.secrets")).prepare();
        String text = keys.toString();
        String secret = SecretsFixtures.section(dir.resolve("s.secrets"), "jwtSecretKey");
        assertTrue(text.contains(keys.keyId()), text);
        assertFalse(text.contains(secret), text);
        assertNoPem(text, SecretsFixtures.section(dir.resolve("s.secrets"), "jwtPrivateKey"));
        assertNoPem(text, SecretsFixtures.section(dir.resolve("s.secrets"), "jwtPublicKey"));
    }
}
