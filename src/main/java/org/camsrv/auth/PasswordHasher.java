package org.camsrv.auth;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Slow, salted password hashes: PBKDF2-SHA256 with 600,000 iterations through Jakarta Security.
 * One hash at a time, because each takes a core for a good part of a second on a Pi: a storm
 * of logins then waits in line instead of starving the camera and the API.
 */
@ApplicationScoped
public class PasswordHasher {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "600000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    private final Semaphore oneAtATime = new Semaphore(1, true);

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of a password nobody knows, checked for unknown users so they take as long as known ones. */
    private String decoy;

    PasswordHasher() {
    }

    /** For tests outside the container. */
    PasswordHasher(Pbkdf2PasswordHash pbkdf2) {
        this.pbkdf2 = pbkdf2;
        initialize();
    }

    @PostConstruct
    void initialize() {
        pbkdf2.initialize(PARAMETERS);
        decoy = pbkdf2.generate("decoy password for unknown users".toCharArray());
    }

    public String hash(char[] password) {
        return inTurn(() -> pbkdf2.generate(password));
    }

    public boolean verify(char[] password, String storedHash) {
        return inTurn(() -> pbkdf2.verify(password, storedHash));
    }

    /** Spends the same time as {@link #verify} and always fails. */
    public boolean verifyUnknownUser(char[] password) {
        verify(password, decoy);
        return false;
    }

    private <T> T inTurn(java.util.function.Supplier<T> work) {
        oneAtATime.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            oneAtATime.release();
        }
    }
}
