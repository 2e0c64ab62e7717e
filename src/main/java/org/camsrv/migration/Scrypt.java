package org.camsrv.migration;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * scrypt as RFC 7914 describes it (Salsa20/8, BlockMix, ROMix), the default password hash of
 * werkzeug and so of raspiCamSrv. The JDK has no scrypt, and Bouncy Castle would add an 8.5 MB jar
 * that the server scans at every start on a Pi. This class takes any parameters the algorithm
 * allows; the caller decides which costs are acceptable before calling it.
 */
final class Scrypt {

    private static final int SALSA_INTS = 16;

    private final int n;
    private final int r;
    /** The block being mixed, as 32r little-endian words. */
    private final int[] block;
    /** ROMix's n earlier blocks: the memory that makes scrypt costly to attack. */
    private final int[] memory;
    private final int[] mixed;
    private final int[] salsa = new int[SALSA_INTS];
    private final int[] salsaWork = new int[SALSA_INTS];

    private Scrypt(int n, int r) {
        this.n = n;
        this.r = r;
        block = new int[32 * r];
        memory = new int[32 * r * n];
        mixed = new int[32 * r];
    }

    /** scrypt(P, S, N, r, p, dkLen) of RFC 7914 section 6; n must be a power of two above 1. */
    static byte[] derive(byte[] password, byte[] salt, int n, int r, int p, int length) {
        if (n < 2 || Integer.bitCount(n) != 1 || r < 1 || p < 1 || length < 1
                || (long) r * p >= 1L << 30 || 32L * r * n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("scrypt parameters out of range");
        }
        int blockBytes = 128 * r;
        byte[] blocks = pbkdf2HmacSha256OneIteration(password, salt, p * blockBytes);
        Scrypt mixer = new Scrypt(n, r);
        for (int i = 0; i < p; i++) {
            readLittleEndian(blocks, i * blockBytes, mixer.block);
            mixer.mixMemoryHard();
            writeLittleEndian(mixer.block, blocks, i * blockBytes);
        }
        return pbkdf2HmacSha256OneIteration(password, blocks, length);
    }

    /** scryptROMix: fills n blocks in turn, then revisits them in an order that depends on the data. */
    private void mixMemoryHard() {
        int blockInts = block.length;
        for (int i = 0; i < n; i++) {
            System.arraycopy(block, 0, memory, i * blockInts, blockInts);
            mixBlock();
        }
        // Integerify reads the first word of the last 64-byte part; n is a power of two, so "mod n" is a mask.
        int lastPart = (2 * r - 1) * SALSA_INTS;
        for (int i = 0; i < n; i++) {
            int j = block[lastPart] & (n - 1);
            for (int k = 0; k < blockInts; k++) {
                block[k] ^= memory[j * blockInts + k];
            }
            mixBlock();
        }
    }

    /** scryptBlockMix: chains Salsa20/8 over the 2r parts, then puts even results before odd ones. */
    private void mixBlock() {
        System.arraycopy(block, (2 * r - 1) * SALSA_INTS, salsa, 0, SALSA_INTS);
        for (int i = 0; i < 2 * r; i++) {
            for (int k = 0; k < SALSA_INTS; k++) {
                salsa[k] ^= block[i * SALSA_INTS + k];
            }
            salsa20Core8();
            int target = (i / 2 + (i % 2) * r) * SALSA_INTS;
            System.arraycopy(salsa, 0, mixed, target, SALSA_INTS);
        }
        System.arraycopy(mixed, 0, block, 0, block.length);
    }

    /**
     * The Salsa20 core with 8 rounds (four double rounds) on {@code salsa}, added to its input as
     * RFC 7914 section 3 shows. It runs a million times per hash, so its work array is reused.
     */
    private void salsa20Core8() {
        int[] b = salsa;
        int[] x = salsaWork;
        System.arraycopy(b, 0, x, 0, SALSA_INTS);
        for (int round = 0; round < 8; round += 2) {
            // Columns.
            x[4] ^= Integer.rotateLeft(x[0] + x[12], 7);
            x[8] ^= Integer.rotateLeft(x[4] + x[0], 9);
            x[12] ^= Integer.rotateLeft(x[8] + x[4], 13);
            x[0] ^= Integer.rotateLeft(x[12] + x[8], 18);
            x[9] ^= Integer.rotateLeft(x[5] + x[1], 7);
            x[13] ^= Integer.rotateLeft(x[9] + x[5], 9);
            x[1] ^= Integer.rotateLeft(x[13] + x[9], 13);
            x[5] ^= Integer.rotateLeft(x[1] + x[13], 18);
            x[14] ^= Integer.rotateLeft(x[10] + x[6], 7);
            x[2] ^= Integer.rotateLeft(x[14] + x[10], 9);
            x[6] ^= Integer.rotateLeft(x[2] + x[14], 13);
            x[10] ^= Integer.rotateLeft(x[6] + x[2], 18);
            x[3] ^= Integer.rotateLeft(x[15] + x[11], 7);
            x[7] ^= Integer.rotateLeft(x[3] + x[15], 9);
            x[11] ^= Integer.rotateLeft(x[7] + x[3], 13);
            x[15] ^= Integer.rotateLeft(x[11] + x[7], 18);
            // Rows.
            x[1] ^= Integer.rotateLeft(x[0] + x[3], 7);
            x[2] ^= Integer.rotateLeft(x[1] + x[0], 9);
            x[3] ^= Integer.rotateLeft(x[2] + x[1], 13);
            x[0] ^= Integer.rotateLeft(x[3] + x[2], 18);
            x[6] ^= Integer.rotateLeft(x[5] + x[4], 7);
            x[7] ^= Integer.rotateLeft(x[6] + x[5], 9);
            x[4] ^= Integer.rotateLeft(x[7] + x[6], 13);
            x[5] ^= Integer.rotateLeft(x[4] + x[7], 18);
            x[11] ^= Integer.rotateLeft(x[10] + x[9], 7);
            x[8] ^= Integer.rotateLeft(x[11] + x[10], 9);
            x[9] ^= Integer.rotateLeft(x[8] + x[11], 13);
            x[10] ^= Integer.rotateLeft(x[9] + x[8], 18);
            x[12] ^= Integer.rotateLeft(x[15] + x[14], 7);
            x[13] ^= Integer.rotateLeft(x[12] + x[15], 9);
            x[14] ^= Integer.rotateLeft(x[13] + x[12], 13);
            x[15] ^= Integer.rotateLeft(x[14] + x[13], 18);
        }
        for (int i = 0; i < SALSA_INTS; i++) {
            b[i] += x[i];
        }
    }

    /**
     * PBKDF2-HMAC-SHA256 with one iteration, all scrypt needs. Written on Mac rather than the
     * JDK's PBKDF2 because the final step's salt is binary and the JDK's takes the password as
     * characters; the key is passed raw because SecretKeySpec refuses an empty password.
     */
    static byte[] pbkdf2HmacSha256OneIteration(byte[] password, byte[] salt, int length) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new RawHmacKey(password));
            byte[] out = new byte[length];
            for (int offset = 0, index = 1; offset < length; offset += 32, index++) {
                hmac.update(salt);
                hmac.update(ByteBuffer.allocate(4).putInt(index).array());
                byte[] part = hmac.doFinal();
                System.arraycopy(part, 0, out, offset, Math.min(part.length, length - offset));
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }

    private static void readLittleEndian(byte[] bytes, int offset, int[] ints) {
        ByteBuffer.wrap(bytes, offset, 4 * ints.length).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(ints);
    }

    private static void writeLittleEndian(int[] ints, byte[] bytes, int offset) {
        ByteBuffer.wrap(bytes, offset, 4 * ints.length).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(ints);
    }

    /** A key that hands HMAC the password bytes as they are, empty ones included. */
    private record RawHmacKey(byte[] bytes) implements SecretKey {
        private static final long serialVersionUID = 1L;

        @Override
        public String getAlgorithm() {
            return "HmacSHA256";
        }

        @Override
        public String getFormat() {
            return "RAW";
        }

        @Override
        public byte[] getEncoded() {
            return bytes.clone();
        }
    }
}
