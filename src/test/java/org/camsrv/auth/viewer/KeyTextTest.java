package org.camsrv.auth.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyTextTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aKeyIsThePrefixAnd256RandomBitsInBase64url() {
        String key = KeyText.generate(random);
        assertTrue(key.matches("cvk_[A-Za-z0-9_-]{43}"), key);
        assertEquals(47, key.length());
        assertTrue(KeyText.hasKeyShape(key));
    }

    @Test
    void keysDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(KeyText.generate(random)));
        }
    }

    @Test
    void passwordsCutOffKeysAndLongTextHaveNoKeyShape() {
        String key = KeyText.generate(random);
        assertFalse(KeyText.hasKeyShape(null));
        assertFalse(KeyText.hasKeyShape(""));
        assertFalse(KeyText.hasKeyShape("secret"));
        assertFalse(KeyText.hasKeyShape(key.substring(0, 46)), "truncated");
        assertFalse(KeyText.hasKeyShape(key + "A"), "one too long");
        assertFalse(KeyText.hasKeyShape("cvk_" + "A".repeat(10_000)), "10 kB");
        assertFalse(KeyText.hasKeyShape("xyz_" + key.substring(4)), "another prefix");
        assertFalse(KeyText.hasKeyShape(key.substring(0, 46) + "="), "padding is no base64url character");
        assertFalse(KeyText.hasKeyShape(key.substring(0, 46) + "é"));
    }
}
