package org.camsrv.secrets;

import static org.camsrv.secrets.SecretsFixtures.RASPI_SECRET;
import static org.camsrv.secrets.SecretsFixtures.complete;
import static org.camsrv.secrets.SecretsFixtures.file;
import static org.camsrv.secrets.SecretsFixtures.p256Pair;
import static org.camsrv.secrets.SecretsFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Server start: read() returns the keys of a complete file and never writes or creates anything. */
class SecretsFileReadTest {

    @TempDir
    Path dir;

    private String refusedByRead(Path path) throws Exception {
        Map<String, String> before = snapshot(dir);
        SecretsFileException e = assertThrows(SecretsFileException.class, () -> new SecretsFile(path).read());
        assertEquals(before, snapshot(dir));
        return e.getMessage();
    }

    @Test
    void readReturnsTheKeysOfACompleteFile() throws Exception {
        KeyPair pair = p256Pair();
        JwtKeys keys = new SecretsFile(file(dir, "s.secrets", complete(RASPI_SECRET, pair))).read();
        assertArrayEquals(pair.getPublic().getEncoded(), keys.publicKey().getEncoded());
        assertArrayEquals(pair.getPrivate().getEncoded(), keys.privateKey().getEncoded());
    }

    @Test
    void readNeverCreatesAFileOrFolder() throws Exception {
        Path path = dir.resolve("new/s.secrets");
        assertTrue(refusedByRead(path).contains("does not exist"));
        assertFalse(Files.exists(dir.resolve("new")));
    }

    @Test
    void readRefusesAnEmptyFileAndLeavesItEmpty() throws Exception {
        refusedByRead(file(dir, "s.secrets", ""));
    }

    @Test
    void readRefusesARaspiCamSrvFileWithoutKeyPairAndLeavesItUnchanged() throws Exception {
        String message = refusedByRead(file(dir, "s.secrets", "{\"jwtSecrets\": {\"jwtSecretKey\": \"" + RASPI_SECRET + "\"}}"));
        assertTrue(message.contains("key pair"), message);
    }

    @Test
    void readRefusesASymlinkToACompleteFile() throws Exception {
        Path target = file(dir, "s.secrets", complete(RASPI_SECRET, p256Pair()));
        refusedByRead(Files.createSymbolicLink(dir.resolve("link.secrets"), target));
    }

    @Test
    void readRefusesAMismatchedPair() throws Exception {
        refusedByRead(file(dir, "s.secrets", SecretsFixtures.secrets(RASPI_SECRET,
                SecretsFixtures.privatePem(p256Pair()), SecretsFixtures.publicPem(p256Pair()))));
    }

    @Test
    void keyIdIsStableAcrossReads() throws Exception {
        Path path = file(dir, "s.secrets", complete(RASPI_SECRET, p256Pair()));
        assertEquals(new SecretsFile(path).read().keyId(), new SecretsFile(path).read().keyId());
    }

    @Test
    void keyIdChangesWhenTheSecretKeyChanges() throws Exception {
        KeyPair pair = p256Pair();
        Path one = file(dir, "one.secrets", complete(RASPI_SECRET, pair));
        Path two = file(dir, "two.secrets", complete(RASPI_SECRET + "x", pair));
        assertNotEquals(new SecretsFile(one).read().keyId(), new SecretsFile(two).read().keyId());
    }

    @Test
    void keyIdChangesWhenTheKeyPairChanges() throws Exception {
        Path one = file(dir, "one.secrets", complete(RASPI_SECRET, p256Pair()));
        Path two = file(dir, "two.secrets", complete(RASPI_SECRET, p256Pair()));
        assertNotEquals(new SecretsFile(one).read().keyId(), new SecretsFile(two).read().keyId());
    }

    @Test
    void tokenSignedWithThePrivateKeyVerifiesWithThePublicKey() throws Exception {
        JwtKeys keys = new SecretsFile(dir.resolve("s.secrets")).prepare();
        SignedJWT token = sign(keys);
        JwtKeys read = new SecretsFile(dir.resolve("s.secrets")).read();
        SignedJWT parsed = SignedJWT.parse(token.serialize());
        assertTrue(parsed.verify(new ECDSAVerifier(read.publicKey())));
        assertEquals(read.keyId(), parsed.getHeader().getKeyID());
    }

    @Test
    void tokenDoesNotVerifyWithTheKeyOfAnotherFile() throws Exception {
        JwtKeys keys = new SecretsFile(dir.resolve("one.secrets")).prepare();
        JwtKeys other = new SecretsFile(dir.resolve("two.secrets")).prepare();
        assertFalse(SignedJWT.parse(sign(keys).serialize()).verify(new ECDSAVerifier(other.publicKey())));
    }

    private static SignedJWT sign(JwtKeys keys) throws Exception {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keys.keyId()).build(),
                new JWTClaimsSet.Builder().subject("admin").build());
        token.sign(new ECDSASigner(keys.privateKey()));
        return token;
    }
}
