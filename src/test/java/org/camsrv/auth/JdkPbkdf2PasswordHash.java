package org.camsrv.auth;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Jakarta Security's PBKDF2 hash on the JDK's SecretKeyFactory, in Liberty's format
 * {@code <algorithm>:<iterations>:<b64 salt>:<b64 hash>}, so that password code runs outside the
 * container. It records what {@link #initialize} received, so tests can check what was asked for.
 */
public final class JdkPbkdf2PasswordHash implements Pbkdf2PasswordHash {

    static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm";
    static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations";
    static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes";
    static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Integer fixedIterations;
    private final List<Map<String, String>> initializations = new ArrayList<>();
    private String algorithm = "PBKDF2WithHmacSHA256";
    private int iterations = 2048;
    private int saltBytes = 32;
    private int keyBytes = 32;
    private int generateCalls;
    private int verifyCalls;

    private JdkPbkdf2PasswordHash(Integer fixedIterations) {
        this.fixedIterations = fixedIterations;
    }

    /** Honours every parameter passed to {@link #initialize}, like Liberty. */
    public static JdkPbkdf2PasswordHash honouringParameters() {
        return new JdkPbkdf2PasswordHash(null);
    }

    /**
     * Honours every parameter but the iteration count, which stays at 1,000. Only for tests of
     * the code around hashing (UserService, TokenChecks), which would otherwise spend most of a
     * second per hash; PasswordHasherTest proves that the real count of 600,000 is requested.
     * Verifying uses the count stored in the hash, so checking PasswordHasher's decoy (an unknown
     * user) still costs the full count.
     */
    public static JdkPbkdf2PasswordHash fastIgnoringIterations() {
        return new JdkPbkdf2PasswordHash(1000);
    }

    @Override
    public synchronized void initialize(Map<String, String> parameters) {
        initializations.add(Map.copyOf(parameters));
        algorithm = parameters.getOrDefault(ALGORITHM, algorithm);
        iterations = Integer.parseInt(parameters.getOrDefault(ITERATIONS, String.valueOf(iterations)));
        saltBytes = Integer.parseInt(parameters.getOrDefault(SALT_SIZE, String.valueOf(saltBytes)));
        keyBytes = Integer.parseInt(parameters.getOrDefault(KEY_SIZE, String.valueOf(keyBytes)));
    }

    @Override
    public synchronized String generate(char[] password) {
        generateCalls++;
        int rounds = fixedIterations != null ? fixedIterations : iterations;
        byte[] salt = new byte[saltBytes];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(algorithm, password, salt, rounds, keyBytes);
        Base64.Encoder b64 = Base64.getEncoder();
        return algorithm + ":" + rounds + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    @Override
    public synchronized boolean verify(char[] password, String hashedPassword) {
        verifyCalls++;
        String[] parts = hashedPassword == null ? new String[0] : hashedPassword.split(":");
        if (parts.length != 4) {
            return false;
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] expected = b64.decode(parts[3]);
            byte[] actual = derive(parts[0], password, b64.decode(parts[2]), Integer.parseInt(parts[1]), expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public synchronized List<Map<String, String>> initializations() {
        return List.copyOf(initializations);
    }

    public synchronized int generateCalls() {
        return generateCalls;
    }

    public synchronized int verifyCalls() {
        return verifyCalls;
    }

    private static byte[] derive(String algorithm, char[] password, byte[] salt, int rounds, int bytes) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, rounds, bytes * 8);
            try {
                return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 failed", e);
        }
    }
}
