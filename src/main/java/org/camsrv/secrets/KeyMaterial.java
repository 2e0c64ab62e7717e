package org.camsrv.secrets;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.HexFormat;

/**
 * Makes new key material and tests that a private and a public key belong together. All of it
 * draws from one SecureRandom, seeded once by the JDK.
 */
final class KeyMaterial {

    static final String CURVE = "secp256r1";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_KEY_BYTES = 32;

    private KeyMaterial() {
    }

    /** 64 lowercase hex characters, the same form as raspiCamSrv's {@code secrets.token_hex(32)}. */
    static String newSecretKey() {
        byte[] bytes = new byte[SECRET_KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(CURVE), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 key generation is not available in this JDK", e);
        }
    }

    /** Signs fresh random bytes with the private key and verifies them with the public one. */
    static boolean belongTogether(ECPrivateKey privateKey, ECPublicKey publicKey) {
        byte[] challenge = new byte[32];
        RANDOM.nextBytes(challenge);
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(privateKey, RANDOM);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(publicKey);
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
