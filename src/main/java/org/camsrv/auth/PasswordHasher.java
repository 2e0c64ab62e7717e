package org.camsrv.auth;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.camsrv.log.SafeLog;
import org.camsrv.migration.WerkzeugPasswordHash;

/**
 * Slow, salted password hashes: Argon2id through libargon2 where it is installed, else PBKDF2-SHA256 with
 * 600,000 iterations through Jakarta Security; PBKDF2 and werkzeug hashes keep working until their users'
 * next login replaces them. All hashing runs on one thread of its own, in line: each hash takes a core for
 * a good part of a second on a Pi, so a storm of logins waits in that line instead of taking every core and
 * every server thread from the camera and the API. A full line refuses further work at once.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final SafeLog LOG = SafeLog.of(PasswordHasher.class);

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "600000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    /** How many hashes may wait; beyond that a login is answered "busy" instead of queued for minutes. */
    static final int MAX_WAITING = 16;

    /**
     * Hashes of a random password that was thrown away, checked for unknown users so that they take as
     * long as known ones. Constants, so that no start pays for hashing them.
     */
    static final String DECOY = "PBKDF2WithHmacSHA256:600000:ik4vUyj8UY2sRHrJgC1f8KRG/soa9Wm3+WNKbD6uKHE="
            + ":H1qR5p+iQgbchfB4yBsgk4p0uAJxPcYdc+97JUbh18E=";
    static final String ARGON2_DECOY = "$argon2id$v=19$m=19456,t=2,p=1$6avT+1qMSOJXaluKT14/og$YmCMg0pLyx8xjkYwd6Ru8M17OxtJ9aE3mnrap2Pir6M";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Chosen once at start; empty where libargon2 is missing, and then new hashes are PBKDF2. */
    private Optional<Argon2id> argon2;

    private ThreadPoolExecutor line;

    /** How long one check takes here, on average, per scheme; 0 before the first. */
    private final Map<Scheme, Long> typicalNanos = new EnumMap<>(Scheme.class);

    /** True while some user still has a PBKDF2 hash next to Argon2id ones: then every answer waits as long. */
    private volatile boolean pbkdf2Stored;

    /** The kinds of stored hash, by how they are checked. */
    enum Scheme {
        ARGON2ID, PBKDF2, WERKZEUG
    }

    /** Thrown when too many hashes wait already. */
    public static class BusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BusyException() {
            super("Too many logins at once; please try again in a moment");
        }
    }

    PasswordHasher() {
    }

    /** For tests outside the container: PBKDF2 only, as without libargon2. */
    PasswordHasher(Pbkdf2PasswordHash pbkdf2) {
        this(pbkdf2, Optional.empty());
    }

    /** For tests outside the container, with Argon2id for new hashes when {@code argon2} is present. */
    PasswordHasher(Pbkdf2PasswordHash pbkdf2, Optional<Argon2id> argon2) {
        this.pbkdf2 = pbkdf2;
        this.argon2 = argon2;
        initialize();
    }

    @PostConstruct
    void initialize() {
        pbkdf2.initialize(PARAMETERS);
        if (argon2 == null) {
            argon2 = loadArgon2(Argon2id.SONAME, "argon2");
        }
        line = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(MAX_WAITING), runnable -> {
            Thread thread = new Thread(runnable, "camsrv-password-hashing");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** libargon2 from these names, with one line in the log that says which scheme new hashes get, and why. */
    static Optional<Argon2id> loadArgon2(String soname, String name) {
        StringBuilder why = new StringBuilder();
        Optional<Argon2id> loaded = Argon2id.load(soname, name, why::append);
        Argon2idHash.Cost cost = Argon2id.COST;
        LOG.info(() -> loaded.isPresent()
                ? "Passwords: Argon2id through libargon2 (m=" + cost.memoryKiB() + " KiB, t=" + cost.passes()
                        + ", p=" + cost.lanes() + ")"
                : "Passwords: PBKDF2-SHA256 for new hashes, because " + why);
        return loaded;
    }

    @PreDestroy
    void stop() {
        line.shutdownNow();
    }

    public String hash(char[] password) {
        return await(hashLater(password));
    }

    /** {@link #hash} on the hashing thread; the caller's thread is free meanwhile. */
    public CompletableFuture<String> hashLater(char[] password) {
        return inLine(() -> argon2.map(a -> a.hash(password)).orElseGet(() -> pbkdf2.generate(password)));
    }

    /**
     * Verifies on the hashing thread; the caller's thread is free meanwhile. Hashes of an older scheme
     * (PBKDF2 where Argon2id is in use, werkzeug's from raspiCamSrv) are checked too, until
     * {@link #needsRehash} users log in once. The answer comes no sooner than a check of the other schemes
     * in use would take, so the time tells neither the scheme nor whether the name exists.
     */
    public CompletableFuture<Boolean> verifyLater(char[] password, String storedHash) {
        Scheme scheme = schemeOf(storedHash);
        return inLine(() -> {
            measureOtherSchemes(scheme);
            return check(scheme, password, storedHash);
        }).thenCompose(check -> noSoonerThanOthers(scheme, check));
    }

    /** Spends the same time as a verification and always fails. */
    public CompletableFuture<Boolean> verifyUnknownUserLater(char[] password) {
        return verifyLater(password, ownDecoy()).thenApply(ignored -> false);
    }

    /** A hash that the next successful login should replace by one of the scheme new hashes get. */
    public boolean needsRehash(String storedHash) {
        Scheme scheme = schemeOf(storedHash);
        return scheme != ownScheme();
    }

    /** A hash brought over from raspiCamSrv, to be replaced by CamSrv's own at the next successful login. */
    public static boolean isImported(String storedHash) {
        return WerkzeugPasswordHash.isWerkzeugHash(storedHash);
    }

    /** Told by the user store: whether some user still has a PBKDF2 hash. */
    public void pbkdf2HashesStored(boolean stored) {
        pbkdf2Stored = stored;
    }

    public static boolean isPbkdf2(String storedHash) {
        return storedHash != null && storedHash.startsWith("PBKDF2WithHmacSHA256:");
    }

    /** What new hashes are made with: "Argon2id" or "PBKDF2-SHA256". */
    public String describe() {
        return argon2.isPresent() ? "Argon2id" : "PBKDF2-SHA256";
    }

    private Scheme ownScheme() {
        return argon2.isPresent() ? Scheme.ARGON2ID : Scheme.PBKDF2;
    }

    private String ownDecoy() {
        return argon2.isPresent() ? ARGON2_DECOY : DECOY;
    }

    private static Scheme schemeOf(String storedHash) {
        if (Argon2idHash.isArgon2id(storedHash)) {
            return Scheme.ARGON2ID;
        }
        return isImported(storedHash) ? Scheme.WERKZEUG : Scheme.PBKDF2;
    }

    /** The schemes whose time every answer matches: the one new hashes get, and PBKDF2 while users still have it. */
    private Set<Scheme> schemesInUse() {
        Set<Scheme> inUse = EnumSet.of(ownScheme());
        if (pbkdf2Stored) {
            inUse.add(Scheme.PBKDF2);
        }
        return inUse;
    }

    /** Before the first check of {@code scheme}: one decoy check of each other scheme in use sets its measure. */
    private void measureOtherSchemes(Scheme scheme) {
        for (Scheme other : schemesInUse()) {
            if (other != scheme && typical(other) == 0) {
                check(other, new char[0], other == Scheme.ARGON2ID ? ARGON2_DECOY : DECOY);
            }
        }
    }

    /** Checks a hash and keeps a moving average of how long checks of its scheme take (decoys included). */
    private Timed check(Scheme scheme, char[] password, String storedHash) {
        Timed check = timed(() -> switch (scheme) {
            case ARGON2ID -> argon2.map(a -> a.verify(password, storedHash)).orElseGet(() -> {
                LOG.warning("An Argon2id hash cannot be checked: libargon2 is not installed");
                return false;
            });
            case PBKDF2 -> pbkdf2.verify(password, storedHash);
            case WERKZEUG -> WerkzeugPasswordHash.verify(storedHash, password);
        });
        if (scheme != Scheme.WERKZEUG) {
            synchronized (typicalNanos) {
                long typical = typical(scheme);
                typicalNanos.put(scheme, typical == 0 ? check.nanos() : (typical * 7 + check.nanos()) / 8);
            }
        }
        return check;
    }

    private long typical(Scheme scheme) {
        synchronized (typicalNanos) {
            return typicalNanos.getOrDefault(scheme, 0L);
        }
    }

    private record Timed(boolean ok, long nanos) {
    }

    private static Timed timed(java.util.function.BooleanSupplier check) {
        long started = System.nanoTime();
        boolean ok = check.getAsBoolean();
        return new Timed(ok, System.nanoTime() - started);
    }

    /**
     * A check cheaper than that of another scheme in use (werkzeug's scrypt against PBKDF2's 600,000 rounds,
     * Argon2id against PBKDF2 while some users still have it) waits out the difference, off the hashing
     * thread, so that the time does not tell one name from another. A check is never padded to its own
     * scheme's average: a warm check after a cold first one answers at once.
     */
    private CompletableFuture<Boolean> noSoonerThanOthers(Scheme scheme, Timed check) {
        long slowest = 0;
        for (Scheme other : schemesInUse()) {
            if (other != scheme) {
                slowest = Math.max(slowest, typical(other));
            }
        }
        long missing = slowest - check.nanos();
        if (missing <= 0) {
            return CompletableFuture.completedFuture(check.ok());
        }
        return CompletableFuture.supplyAsync(check::ok, CompletableFuture.delayedExecutor(missing, TimeUnit.NANOSECONDS));
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
