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

    /**
     * A hash of a random password that was thrown away, checked for unknown users so that they
     * take as long as known ones. A constant, so that no start pays for hashing it.
     */
    static final String DECOY = "PBKDF2WithHmacSHA256:600000:ik4vUyj8UY2sRHrJgC1f8KRG/soa9Wm3+WNKbD6uKHE="
            + ":H1qR5p+iQgbchfB4yBsgk4p0uAJxPcYdc+97JUbh18E=";

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
    }

    public String hash(char[] password) {
        return inTurn(() -> pbkdf2.generate(password));
    }

    public boolean verify(char[] password, String storedHash) {
        return inTurn(() -> pbkdf2.verify(password, storedHash));
    }

    /** Spends the same time as {@link #verify} and always fails. */
    public boolean verifyUnknownUser(char[] password) {
        verify(password, DECOY);
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
