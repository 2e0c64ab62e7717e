package org.camsrv.secrets;

import static org.camsrv.secrets.SecretsFixtures.ecPrivate;
import static org.camsrv.secrets.SecretsFixtures.ecPublic;
import static org.camsrv.secrets.SecretsFixtures.p256Pair;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import org.junit.jupiter.api.Test;

/** PEM text in and out, and the key material helpers. */
class PemKeysTest {

    private final KeyPair pair = p256Pair();

    @Test
    void privateKeyRoundTrips() throws Exception {
        ECPrivateKey parsed = PemKeys.parsePrivateKey(PemKeys.privateKeyPem(ecPrivate(pair)));
        assertArrayEquals(pair.getPrivate().getEncoded(), parsed.getEncoded());
    }

    @Test
    void publicKeyRoundTrips() throws Exception {
        String pem = PemKeys.publicKeyPem(ecPublic(pair));
        assertArrayEquals(pair.getPublic().getEncoded(), PemKeys.parsePublicKey(pem).getEncoded());
    }

    @Test
    void pemWithCrLfLinesAndSurroundingSpaceIsAccepted() throws Exception {
        String pem = "\n  " + PemKeys.publicKeyPem(ecPublic(pair)).replace("\n", "\r\n") + "  \n";
        assertArrayEquals(pair.getPublic().getEncoded(), PemKeys.parsePublicKey(pem).getEncoded());
    }

    @Test
    void pemWithTheWrongLabelIsRefused() {
        assertThrows(GeneralSecurityException.class, () -> PemKeys.parsePrivateKey(PemKeys.publicKeyPem(ecPublic(pair))));
    }

    @Test
    void labelsWithoutBodyAreRefused() {
        assertThrows(GeneralSecurityException.class, () -> PemKeys.parsePublicKey("-----BEGIN PUBLIC KEY-----"));
        assertThrows(GeneralSecurityException.class,
                () -> PemKeys.parsePublicKey("-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----"));
    }

    @Test
    void labelsThatOverlapAreRefusedAsNotPem() {
        // Starts with the BEGIN line and ends with the END line, yet is shorter than both together.
        assertThrows(GeneralSecurityException.class, () -> PemKeys.parsePrivateKey("-----BEGIN PRIVATE KEY-----END PRIVATE KEY-----"));
        assertThrows(GeneralSecurityException.class, () -> PemKeys.parsePublicKey("-----BEGIN PUBLIC KEY-----END PUBLIC KEY-----"));
    }

    @Test
    void keyOnAnotherCurveIsRefused() {
        KeyPair p384 = SecretsFixtures.ecPair("secp384r1");
        assertThrows(GeneralSecurityException.class, () -> PemKeys.parsePrivateKey(SecretsFixtures.privatePem(p384)));
        assertThrows(GeneralSecurityException.class, () -> PemKeys.parsePublicKey(SecretsFixtures.publicPem(p384)));
    }

    @Test
    void matchingKeysBelongTogether() {
        assertTrue(KeyMaterial.belongTogether(ecPrivate(pair), ecPublic(pair)));
    }

    @Test
    void keysOfTwoPairsDoNotBelongTogether() {
        assertFalse(KeyMaterial.belongTogether(ecPrivate(pair), ecPublic(p256Pair())));
    }

    @Test
    void aPrivateKeyThatCannotSignBelongsToNoPublicKey() {
        // Signing failures answer "no" rather than escaping as exceptions.
        assertFalse(KeyMaterial.belongTogether(null, ecPublic(pair)));
    }

    @Test
    void newSecretKeysAreFreshHex() {
        String one = KeyMaterial.newSecretKey();
        assertTrue(one.matches("[0-9a-f]{64}"), one);
        assertNotEquals(one, KeyMaterial.newSecretKey());
    }

    /**
     * The pit profile runs this with jdk.security.defaultKeySize=EC:384, so that a generator left
     * at the JDK's default curve fails here. (Signing a fixed rather than a random challenge in
     * belongTogether cannot be told apart: ECDSA draws its own nonce; that mutant is equivalent.)
     */
    @Test
    void newKeyPairIsOnP256() throws Exception {
        KeyPair generated = KeyMaterial.newKeyPair();
        assertEquals("EC", generated.getPublic().getAlgorithm());
        PemKeys.parsePublicKey(PemKeys.publicKeyPem(ecPublic(generated)));
    }
}
