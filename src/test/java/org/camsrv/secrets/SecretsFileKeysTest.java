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
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys of a complete file, as prepare() returns them at server start without writing anything. */
class SecretsFileKeysTest {

    @TempDir
    Path dir;

    @Test
    void aCompleteFileYieldsItsKeysAndStaysAsItWas() throws Exception {
        KeyPair pair = p256Pair();
        Path path = file(dir, "s.secrets", complete(RASPI_SECRET, pair));
        Map<String, String> before = snapshot(dir);
        JwtKeys keys = new SecretsFile(path).prepare();
        assertArrayEquals(pair.getPublic().getEncoded(), keys.publicKey().getEncoded());
        assertArrayEquals(pair.getPrivate().getEncoded(), keys.privateKey().getEncoded());
        assertEquals(before, snapshot(dir));
    }

    @Test
    void keyIdIsStableAcrossStarts() throws Exception {
        Path path = file(dir, "s.secrets", complete(RASPI_SECRET, p256Pair()));
        assertEquals(new SecretsFile(path).prepare().keyId(), new SecretsFile(path).prepare().keyId());
    }

    @Test
    void keyIdChangesWhenTheSecretKeyChanges() throws Exception {
        KeyPair pair = p256Pair();
        Path one = file(dir, "one.secrets", complete(RASPI_SECRET, pair));
        Path two = file(dir, "two.secrets", complete(RASPI_SECRET + "x", pair));
        assertNotEquals(new SecretsFile(one).prepare().keyId(), new SecretsFile(two).prepare().keyId());
    }

    @Test
    void keyIdChangesWhenTheKeyPairChanges() throws Exception {
        Path one = file(dir, "one.secrets", complete(RASPI_SECRET, p256Pair()));
        Path two = file(dir, "two.secrets", complete(RASPI_SECRET, p256Pair()));
        assertNotEquals(new SecretsFile(one).prepare().keyId(), new SecretsFile(two).prepare().keyId());
    }

    @Test
    void tokenSignedWithThePrivateKeyVerifiesWithThePublicKey() throws Exception {
        JwtKeys keys = new SecretsFile(dir.resolve("s.secrets")).prepare();
        SignedJWT token = sign(keys);
        JwtKeys started = new SecretsFile(dir.resolve("s.secrets")).prepare();
        SignedJWT parsed = SignedJWT.parse(token.serialize());
        assertTrue(parsed.verify(new ECDSAVerifier(started.publicKey())));
        assertEquals(started.keyId(), parsed.getHeader().getKeyID());
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
