package org.camsrv.auth.viewer;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * What a viewer key looks like: "cvk_" and 32 random bytes in base64url (256 bits, 47 characters). The prefix lets a
 * person, or a secret scanner, tell a key from a password; the fixed shape lets a pasted password or a cut-off key be
 * answered at once, without hashing it.
 */
public final class KeyText {

    public static final String PREFIX = "cvk_";
    static final int RANDOM_BYTES = 32;
    /** 32 bytes are 43 base64url characters without padding. */
    static final int LENGTH = PREFIX.length() + 43;

    private KeyText() {
    }

    static String generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True for text that could be a key: the prefix, the length, and only base64url characters after it. */
    static boolean hasKeyShape(String text) {
        if (text == null || text.length() != LENGTH || !text.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            char c = text.charAt(i);
            boolean base64url = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            if (!base64url) {
                return false;
            }
        }
        return true;
    }
}
