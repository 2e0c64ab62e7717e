package org.camsrv.secrets;

import static org.camsrv.secrets.SecretsFixtures.ecPrivate;
import static org.camsrv.secrets.SecretsFixtures.ecPublic;
import static org.camsrv.secrets.SecretsFixtures.p256Pair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The key id and what JwtKeys shows of itself. */
class JwtKeysTest {

    private final KeyPair pair = p256Pair();

    @Test
    void keyIdIsBase64UrlOfTheFirstSixteenBytesOfTheHmac() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("secret-ü".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = Arrays.copyOf(mac.doFinal(pair.getPublic().getEncoded()), 16);
        String keyId = JwtKeys.of(ecPrivate(pair), ecPublic(pair), "secret-ü").keyId();
        assertEquals(Base64.getUrlEncoder().withoutPadding().encodeToString(expected), keyId);
        assertEquals(22, keyId.length());
    }

    @Test
    void keyIdIsTheSameForTheSameInput() {
        assertEquals(keyId("s"), keyId("s"));
    }

    @Test
    void keyIdDependsOnTheSecretKey() {
        assertNotEquals(keyId("s1"), keyId("s2"));
    }

    private String keyId(String secretKey) {
        return JwtKeys.of(ecPrivate(pair), ecPublic(pair), secretKey).keyId();
    }

    @Test
    void toStringShowsOnlyTheKeyId() {
        JwtKeys keys = JwtKeys.of(ecPrivate(pair), ecPublic(pair), "top-secret");
        assertEquals("JwtKeys[keyId=" + keys.keyId() + "]", keys.toString());
        assertFalse(keys.toString().contains("top-secret"));
    }

    @Test
    void emptySecretKeyIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> JwtKeys.of(ecPrivate(pair), ecPublic(pair), ""));
    }
}
