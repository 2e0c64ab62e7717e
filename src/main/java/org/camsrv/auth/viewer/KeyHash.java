package org.camsrv.auth.viewer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of a key under the pepper: the right hash for 256 random bits, and a few microseconds where a
 * password hash takes a quarter of a second (Home Assistant asks for a still image every few seconds).
 */
final class KeyHash {

    private final Mac mac;

    KeyHash(byte[] pepper) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepper, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    /** One Mac, used one caller at a time: each use is far shorter than making a new one. */
    synchronized byte[] of(String key) {
        return mac.doFinal(key.getBytes(StandardCharsets.US_ASCII));
    }
}
