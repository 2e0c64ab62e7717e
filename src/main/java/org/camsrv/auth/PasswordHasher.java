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

    /** How long one check of CamSrv's own hash takes here, on average; 0 before the first. */
    private volatile long typicalNanos;

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
            return inLine(() -> {
                if (typicalNanos == 0) {
                    checkOwn(new char[0], DECOY); // the first imported check takes the measure
                }
                return timed(() -> WerkzeugPasswordHash.verify(storedHash, password));
            }).thenCompose(this::noSoonerThanOwnHashes);
        }
        return inLine(() -> checkOwn(password, storedHash));
    }

    /** Checks CamSrv's own hash and keeps a moving average of how long that takes (the decoy included). */
    private boolean checkOwn(char[] password, String storedHash) {
        Timed check = timed(() -> pbkdf2.verify(password, storedHash));
        typicalNanos = typicalNanos == 0 ? check.nanos() : (typicalNanos * 7 + check.nanos()) / 8;
        return check.ok();
    }

    private record Timed(boolean ok, long nanos) {
    }

    private static Timed timed(java.util.function.BooleanSupplier check) {
        long started = System.nanoTime();
        boolean ok = check.getAsBoolean();
        return new Timed(ok, System.nanoTime() - started);
    }

    /**
     * An imported werkzeug hash is cheaper to check than CamSrv's own (scrypt's default takes a fraction of
     * PBKDF2's 600,000 rounds): its answer waits out the difference, off the hashing thread, so that the
     * time does not tell an imported name from an unknown one.
     */
    private CompletableFuture<Boolean> noSoonerThanOwnHashes(Timed check) {
        long missing = typicalNanos - check.nanos();
        if (missing <= 0) {
            return CompletableFuture.completedFuture(check.ok());
        }
        return CompletableFuture.supplyAsync(check::ok, CompletableFuture.delayedExecutor(missing, TimeUnit.NANOSECONDS));
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
