package org.camsrv.auth;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.camsrv.migration.WerkzeugPasswordHash;

/**
 * Slow, salted password hashes: PBKDF2-SHA256 with 600,000 iterations through Jakarta Security.
 * All hashing runs on one thread of its own, in line: each hash takes a core for a good part of
 * a second on a Pi, so a storm of logins waits in that line instead of taking every core and
 * every server thread from the camera and the API. A full line refuses further work at once.
 */
@ApplicationScoped
public class PasswordHasher {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "600000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    /** How many hashes may wait; beyond that a login is answered "busy" instead of queued for minutes. */
    static final int MAX_WAITING = 16;

    /**
     * A hash of a random password that was thrown away, checked for unknown users so that they
     * take as long as known ones. A constant, so that no start pays for hashing it.
     */
    static final String DECOY = "PBKDF2WithHmacSHA256:600000:ik4vUyj8UY2sRHrJgC1f8KRG/soa9Wm3+WNKbD6uKHE="
            + ":H1qR5p+iQgbchfB4yBsgk4p0uAJxPcYdc+97JUbh18E=";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private ThreadPoolExecutor line;

    /** Thrown when too many hashes wait already. */
    public static class BusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BusyException() {
            super("Too many logins at once; please try again in a moment");
        }
    }

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
        line = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(MAX_WAITING), runnable -> {
            Thread thread = new Thread(runnable, "camsrv-password-hashing");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        line.shutdownNow();
    }

    public String hash(char[] password) {
        return await(inLine(() -> pbkdf2.generate(password)));
    }

    public boolean verify(char[] password, String storedHash) {
        return await(verifyLater(password, storedHash));
    }

    /** {@link #hash} on the hashing thread; the caller's thread is free meanwhile. */
    public CompletableFuture<String> hashLater(char[] password) {
        return inLine(() -> pbkdf2.generate(password));
    }

    /**
     * Verifies on the hashing thread; the caller's thread is free meanwhile. Hashes imported from
     * raspiCamSrv (werkzeug's format) are checked too, until {@link #isImported} users log in once.
     */
    public CompletableFuture<Boolean> verifyLater(char[] password, String storedHash) {
        if (isImported(storedHash)) {
            return inLine(() -> WerkzeugPasswordHash.verify(storedHash, password));
        }
        return inLine(() -> pbkdf2.verify(password, storedHash));
    }

    /** A hash brought over from raspiCamSrv, to be replaced by CamSrv's own at the next successful login. */
    public static boolean isImported(String storedHash) {
        return WerkzeugPasswordHash.isWerkzeugHash(storedHash);
    }

    /** Spends the same time as a verification and always fails. */
    public CompletableFuture<Boolean> verifyUnknownUserLater(char[] password) {
        return verifyLater(password, DECOY).thenApply(ignored -> false);
    }

    private <T> CompletableFuture<T> inLine(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, line);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new BusyException());
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
