package org.camsrv.auth;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Argon2id password hashes through libargon2, stored as PHC strings that other tools read. Native code
 * hashes at full speed from the first login on, where PBKDF2 in Java crawls until the JIT has compiled it;
 * and Argon2id's memory is what makes guessing dear on graphics cards, which PBKDF2 does not have.
 */
public final class Argon2id {

    /** Debian and Raspberry Pi OS ship only the versioned name without the -dev package. */
    static final String SONAME = "libargon2.so.1";
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    /**
     * OWASP's smallest Argon2id setting (19 MiB, 2 passes, 1 lane): 19 MiB on the one hashing thread is
     * what a 512 MB Pi Zero 2 W can spare beside a 128 MB heap, and one lane keeps the other cores for
     * the camera. Figures in docs/benchmarks.md.
     */
    public static final Argon2idHash.Cost COST = new Argon2idHash.Cost(19_456, 2, 1);

    /** glibc's mallopt, to have the hash's memory mapped and unmapped each time rather than kept. */
    public interface Malloc extends Library {
        int M_MMAP_THRESHOLD = -3;

        int mallopt(int param, int value);
    }

    /** Allocations from this size on get pages of their own, given back to the system when freed. */
    static final int MMAP_THRESHOLD = 4 << 20;

    private final Argon2Library library;
    private final SecureRandom random = new SecureRandom();

    Argon2id(Argon2Library library) {
        this.library = library;
    }

    /** The hasher, or empty when libargon2 cannot be loaded or fails a first hash; {@code reason} then says why. */
    public static Optional<Argon2id> load(Consumer<String> reason) {
        return load(SONAME, "argon2", reason);
    }

    /** {@link #load(Consumer)} from the library of this soname, else of this plain name. */
    static Optional<Argon2id> load(String soname, String name, Consumer<String> reason) {
        Argon2Library library;
        try {
            library = Native.load(soname, Argon2Library.class);
        } catch (UnsatisfiedLinkError first) {
            try {
                library = Native.load(name, Argon2Library.class);
            } catch (UnsatisfiedLinkError | IllegalArgumentException second) {
                reason.accept("libargon2 is not installed (" + soname + " not found)");
                return Optional.empty();
            }
        }
        keepLargeAllocationsApart();
        Argon2id argon2 = new Argon2id(library);
        try {
            argon2.raw(new byte[] {1}, new byte[SALT_BYTES], null, null, new Argon2idHash.Cost(8, 1, 1), HASH_BYTES);
        } catch (IllegalStateException | LinkageError e) {
            reason.accept("libargon2 loaded but does not hash (" + e.getMessage() + ")");
            return Optional.empty();
        }
        return Optional.of(argon2);
    }

    /**
     * libargon2 mallocs its 19 MiB for each hash. glibc serves the first with pages of their own, then raises
     * its threshold to that size, and from the second hash on keeps the freed 19 MiB in the hashing
     * thread's arena for good: idle RSS 19 MiB higher after two logins (measured: docs/benchmarks.md). A
     * fixed threshold of 4 MiB gives the memory back after every hash; the JVM itself takes its large
     * regions with mmap, not malloc, so little else changes. Without glibc this is left out.
     */
    private static void keepLargeAllocationsApart() {
        try {
            Native.load("c", Malloc.class).mallopt(Malloc.M_MMAP_THRESHOLD, MMAP_THRESHOLD);
        } catch (UnsatisfiedLinkError e) {
            // not glibc: its allocator keeps its own counsel
        }
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] bytes = utf8(password);
        try {
            return new Argon2idHash(COST, salt, raw(bytes, salt, null, null, COST, HASH_BYTES)).encoded();
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** True when the password gives this stored hash; false for another password and for a malformed hash. */
    public boolean verify(char[] password, String stored) {
        Optional<Argon2idHash> parsed = Argon2idHash.parse(stored);
        if (parsed.isEmpty()) {
            return false;
        }
        Argon2idHash expected = parsed.get();
        byte[] bytes = utf8(password);
        try {
            byte[] actual = raw(bytes, expected.salt(), null, null, expected.cost(), expected.hash().length);
            return MessageDigest.isEqual(actual, expected.hash());
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** One {@code argon2_ctx} call; secret and associated data (null for none) are there for RFC 9106's vectors. */
    byte[] raw(byte[] password, byte[] salt, byte[] secret, byte[] associatedData, Argon2idHash.Cost cost, int length) {
        try (Memory out = new Memory(length); Memory pwd = copy(password); Memory saltMemory = copy(salt);
                Memory secretMemory = copy(secret); Memory adMemory = copy(associatedData)) {
            Argon2Context context = new Argon2Context();
            context.out = out;
            context.outlen = length;
            context.pwd = pwd;
            context.pwdlen = password.length;
            context.salt = saltMemory;
            context.saltlen = salt.length;
            context.secret = secretMemory;
            context.secretlen = secret == null ? 0 : secret.length;
            context.ad = adMemory;
            context.adlen = associatedData == null ? 0 : associatedData.length;
            context.t_cost = cost.passes();
            context.m_cost = cost.memoryKiB();
            context.lanes = cost.lanes();
            context.threads = 1; // lanes are computed one after the other: no threads of the library's own
            context.version = Argon2Library.ARGON2_VERSION_13;
            int status = library.argon2_ctx(context, Argon2Library.ARGON2_ID);
            pwd.clear();
            if (status != Argon2Library.ARGON2_OK) {
                throw new IllegalStateException("argon2_ctx failed: " + library.argon2_error_message(status));
            }
            return out.getByteArray(0, length);
        }
    }

    /** A native copy (null for none); never empty, as JNA has no zero-byte Memory. */
    private static Memory copy(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        Memory memory = new Memory(Math.max(1, bytes.length));
        memory.write(0, bytes, 0, bytes.length);
        return memory;
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
