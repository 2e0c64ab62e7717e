package org.camsrv.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key pair that signs and verifies tokens, with a key id derived from the pair and the
 * jwtSecretKey. A plain class rather than a record, so that no generated toString ever prints a key.
 */
public final class JwtKeys {

    private static final int KEY_ID_BYTES = 16;

    private final ECPrivateKey privateKey;
    private final ECPublicKey publicKey;
    private final String keyId;

    private JwtKeys(ECPrivateKey privateKey, ECPublicKey publicKey, String keyId) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = keyId;
    }

    /**
     * The key id is an HMAC of the public key under the jwtSecretKey, so replacing either the
     * pair or the secret key changes it, while the id itself reveals nothing about the secret.
     */
    public static JwtKeys of(ECPrivateKey privateKey, ECPublicKey publicKey, String jwtSecretKey) {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
        if (jwtSecretKey == null || jwtSecretKey.isEmpty()) {
            throw new IllegalArgumentException("jwtSecretKey must not be empty");
        }
        return new JwtKeys(privateKey, publicKey, keyId(publicKey, jwtSecretKey));
    }

    public ECPrivateKey privateKey() {
        return privateKey;
    }

    public ECPublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return keyId;
    }

    @Override
    public String toString() {
        return "JwtKeys[keyId=" + keyId + "]";
    }

    private static String keyId(ECPublicKey publicKey, String jwtSecretKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(jwtSecretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(publicKey.getEncoded());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, KEY_ID_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }
}
