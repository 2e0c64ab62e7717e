package org.camsrv.migration;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Checks passwords against the hashes werkzeug's {@code generate_password_hash} wrote into a
 * raspiCamSrv database: {@code pbkdf2:<digest>:<iterations>$<salt>$<hex>} and
 * {@code scrypt:<n>:<r>:<p>$<salt>$<hex>}. The stored text chooses the cost, so costs beyond
 * sane limits are refused: a hostile database must not make the server hash for hours or run out
 * of memory.
 */
public final class WerkzeugPasswordHash {

    /**
     * werkzeug 3.1 writes 1,000,000. Twice that: every login is hashed on one thread, so a costlier
     * stored hash would make everybody's logins wait (seconds per attempt on a Pi).
     */
    static final int MAX_PBKDF2_ITERATIONS = 2_000_000;
    /**
     * scrypt holds 128·r·(n + p + 2) bytes at once; werkzeug's default (32768, 8, 1), which raspiCamSrv
     * uses, takes a little over 32 MiB. No more: CamSrv's heap on a Pi is at most 128 MB.
     */
    static final long MAX_SCRYPT_MEMORY_BYTES = (32L << 20) + (64L << 10);
    static final int MAX_SCRYPT_BLOCK_SIZE = 32;
    static final int MAX_SCRYPT_PARALLELISM = 4;
    /** Total scrypt work n·r·p; twice werkzeug's default. */
    static final long MAX_SCRYPT_WORK = 1L << 19;

    /** hashlib.scrypt's default length, which werkzeug keeps. */
    private static final int SCRYPT_LENGTH = 64;
    private static final int MAX_HASH_LENGTH = 64;
    private static final Pattern LOWER_HEX = Pattern.compile("[0-9a-f]+");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

    /** PBKDF2 digests by hashlib name; werkzeug keeps each digest's natural length. */
    private static final Map<String, Pbkdf2Digest> DIGESTS = Map.of(
            "sha1", new Pbkdf2Digest("PBKDF2WithHmacSHA1", 20),
            "sha224", new Pbkdf2Digest("PBKDF2WithHmacSHA224", 28),
            "sha256", new Pbkdf2Digest("PBKDF2WithHmacSHA256", 32),
            "sha384", new Pbkdf2Digest("PBKDF2WithHmacSHA384", 48),
            "sha512", new Pbkdf2Digest("PBKDF2WithHmacSHA512", 64));

    private WerkzeugPasswordHash() {
    }

    /** True when {@link #verify} can check passwords against this text. */
    public static boolean isWerkzeugHash(String hash) {
        return problemWith(hash).isEmpty();
    }

    /**
     * Why this text cannot be checked, in a few words a user can read (such as "unknown hash
     * format"); empty when it can. Never repeats the text, which might be a password stored plainly.
     */
    public static Optional<String> problemWith(String hash) {
        try {
            parse(hash);
            return Optional.empty();
        } catch (UnusableHash e) {
            return Optional.of(e.getMessage());
        }
    }

    /** True only when the password matches; false for any text that is not a usable werkzeug hash. */
    public static boolean verify(String hash, char[] password) {
        if (password == null) {
            return false;
        }
        StoredHash stored;
        try {
            stored = parse(hash);
        } catch (UnusableHash e) {
            return false;
        }
        // Python's str.encode() refuses unpaired surrogates, so werkzeug can never match such a password.
        byte[] utf8 = strictUtf8(password);
        if (utf8 == null) {
            return false;
        }
        try {
            return MessageDigest.isEqual(stored.derive(password, utf8), stored.expected());
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    private static StoredHash parse(String hash) throws UnusableHash {
        if (hash == null || hash.isEmpty()) {
            throw new UnusableHash("no password hash");
        }
        // werkzeug splits at the first two '$' only.
        int firstDollar = hash.indexOf('$');
        int secondDollar = firstDollar < 0 ? -1 : hash.indexOf('$', firstDollar + 1);
        if (secondDollar < 0) {
            throw new UnusableHash("unknown hash format");
        }
        String[] method = hash.substring(0, firstDollar).split(":", -1);
        String salt = hash.substring(firstDollar + 1, secondDollar);
        String hex = hash.substring(secondDollar + 1);
        if (!method[0].equals("pbkdf2") && !method[0].equals("scrypt")) {
            throw new UnusableHash("unsupported hash method");
        }
        if (salt.isEmpty()) {
            throw new UnusableHash("hash without salt");
        }
        // No supported hash is longer than 64 bytes; a longer text is not even decoded.
        if (hex.length() > 2 * MAX_HASH_LENGTH) {
            throw new UnusableHash("hash value has the wrong length");
        }
        // werkzeug compares hex text, so only the lowercase hex it writes can ever match.
        if (!LOWER_HEX.matcher(hex).matches() || hex.length() % 2 != 0) {
            throw new UnusableHash("hash value is not lowercase hex");
        }
        byte[] saltBytes = salt.getBytes(StandardCharsets.UTF_8);
        byte[] expected = HexFormat.of().parseHex(hex);
        StoredHash stored = method[0].equals("pbkdf2")
                ? pbkdf2(method, saltBytes, expected)
                : scrypt(method, saltBytes, expected);
        if (expected.length != stored.length()) {
            throw new UnusableHash("hash value has the wrong length");
        }
        return stored;
    }

    /**
     * werkzeug always writes the iteration count. Without one it would use its current default,
     * which changed between versions (600,000 from 2.3, 1,000,000 from 3.1), so such text is refused.
     */
    private static Pbkdf2Hash pbkdf2(String[] method, byte[] salt, byte[] expected) throws UnusableHash {
        if (method.length != 3) {
            throw new UnusableHash("pbkdf2 hash needs a digest and an iteration count");
        }
        Pbkdf2Digest digest = DIGESTS.get(method[1].toLowerCase(Locale.ROOT));
        if (digest == null) {
            throw new UnusableHash("unsupported pbkdf2 digest");
        }
        int iterations = number(method[2]);
        if (iterations < 1 || iterations > MAX_PBKDF2_ITERATIONS) {
            throw new UnusableHash("pbkdf2 iteration count out of range");
        }
        return new Pbkdf2Hash(digest, iterations, salt, expected);
    }

    /** werkzeug always writes n, r and p; text without them is refused like pbkdf2 without a count. */
    private static ScryptHash scrypt(String[] method, byte[] salt, byte[] expected) throws UnusableHash {
        if (method.length != 4) {
            throw new UnusableHash("scrypt hash needs n, r and p");
        }
        int n = number(method[1]);
        int r = number(method[2]);
        int p = number(method[3]);
        if (n < 2 || Integer.bitCount(n) != 1 || r < 1 || p < 1) {
            throw new UnusableHash("scrypt parameters out of range");
        }
        if (r > MAX_SCRYPT_BLOCK_SIZE || p > MAX_SCRYPT_PARALLELISM
                || 128L * r * ((long) n + p + 2) > MAX_SCRYPT_MEMORY_BYTES || (long) n * r * p > MAX_SCRYPT_WORK) {
            throw new UnusableHash("scrypt parameters too costly");
        }
        return new ScryptHash(n, r, p, salt, expected);
    }

    private static int number(String text) throws UnusableHash {
        if (!NUMBER.matcher(text).matches()) {
            throw new UnusableHash("hash parameter is not a number");
        }
        return Integer.parseInt(text);
    }

    private static byte[] strictUtf8(char[] password) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(password));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            Arrays.fill(encoded.array(), (byte) 0);
            return bytes;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private sealed interface StoredHash permits Pbkdf2Hash, ScryptHash {
        byte[] expected();

        int length();

        byte[] derive(char[] password, byte[] passwordUtf8);
    }

    private record Pbkdf2Digest(String jdkAlgorithm, int length) {
    }

    /** The JDK's PBKDF2 turns the password characters into UTF-8 bytes, as Python's encode() does. */
    private record Pbkdf2Hash(Pbkdf2Digest digest, int iterations, byte[] salt, byte[] expected) implements StoredHash {
        @Override
        public int length() {
            return digest.length();
        }

        @Override
        public byte[] derive(char[] password, byte[] passwordUtf8) {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 8 * digest.length());
            try {
                return SecretKeyFactory.getInstance(digest.jdkAlgorithm()).generateSecret(spec).getEncoded();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(digest.jdkAlgorithm() + " is missing from this Java runtime", e);
            } finally {
                spec.clearPassword();
            }
        }
    }

    private record ScryptHash(int n, int r, int p, byte[] salt, byte[] expected) implements StoredHash {
        @Override
        public int length() {
            return SCRYPT_LENGTH;
        }

        @Override
        public byte[] derive(char[] password, byte[] passwordUtf8) {
            return Scrypt.derive(passwordUtf8, salt, n, r, p, SCRYPT_LENGTH);
        }
    }

    /** The stored text cannot be checked; the message says why without quoting it. */
    private static final class UnusableHash extends Exception {
        private static final long serialVersionUID = 1L;

        UnusableHash(String reason) {
            super(reason, null, false, false);
        }
    }
}
