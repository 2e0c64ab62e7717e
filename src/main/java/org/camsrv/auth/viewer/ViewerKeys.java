package org.camsrv.auth.viewer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import org.camsrv.log.RateLimitedLog;
import org.camsrv.log.SafeLog;
import org.camsrv.auth.LoginThrottle;
import org.camsrv.auth.User;
import org.camsrv.auth.UserRemoved;
import org.camsrv.data.DataDirectory;
import org.camsrv.data.SqliteDatabase;

/**
 * Viewer keys: made for a user, shown once, kept as an HMAC, checked from memory on every poll of a stream, revoked
 * by their owner or a SuperUser. A wrong key counts in the login throttle like a wrong password; a revoked key, or
 * one whose user was removed, is gone from memory at once, so the streams it opened end at their next re-check.
 */
@ApplicationScoped
public class ViewerKeys {

    private static final SafeLog LOG = SafeLog.of(ViewerKeys.class);
    /** Wrong keys come in floods (a poller with an old key): one line per 10 s, with a count. */
    private static final RateLimitedLog REFUSALS = RateLimitedLog.refusals(ViewerKeys.class, Level.INFO);

    public static final int MAX_PER_USER = 20;
    public static final int MAX_NAME_LENGTH = 64;
    /** "Last used" is written at most this often per key: Home Assistant polls every few seconds. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    /** What the throttle counts a wrong key under, beside the address it came from. */
    static final String THROTTLE_NAME = "(viewer key)";

    /** How a revocation ended. */
    public enum Revocation {
        REVOKED, NO_SUCH_KEY, NOT_YOURS
    }

    @Inject
    DataDirectory dataDirectory;

    @Inject
    LoginThrottle throttle;

    private final SecureRandom random = new SecureRandom();
    private final KeyIndex index = new KeyIndex();
    private final Map<Long, Instant> lastWritten = new ConcurrentHashMap<>();
    private SqliteDatabase database;
    private KeyHash hash;

    /** Outside CDI (unit tests and the benchmark): a database, the pepper file, a throttle. */
    static ViewerKeys open(SqliteDatabase database, Path pepperFile, LoginThrottle throttle) {
        ViewerKeys keys = new ViewerKeys();
        keys.throttle = throttle;
        keys.start(database, pepperFile);
        return keys;
    }

    @PostConstruct
    void open() {
        start(dataDirectory.database(), dataDirectory.root().resolve("secrets").resolve("viewer-keys.pepper"));
    }

    private void start(SqliteDatabase db, Path pepperFile) {
        database = db;
        try {
            hash = new KeyHash(KeyPepper.loadOrCreate(pepperFile, random));
        } catch (IOException e) {
            throw new UncheckedIOException("The viewer keys cannot be checked: " + e.getMessage(), e);
        }
        reload();
    }

    /**
     * Makes a key for {@code owner}; the answer is the key, to be shown once and then forgotten.
     *
     * @throws IllegalArgumentException with a sentence for the user: a bad or taken name, or too many keys
     */
    public String create(User owner, String name) {
        nameProblem(name).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        String cleanName = name.strip();
        synchronized (this) {
            if (countOf(owner, null) >= MAX_PER_USER) {
                throw new IllegalArgumentException("You have " + MAX_PER_USER + " viewer keys, the most one user may have: "
                        + "revoke one you no longer use first");
            }
            if (countOf(owner, cleanName) > 0) {
                throw new IllegalArgumentException("You have a viewer key named \"" + cleanName
                        + "\" already: revoke it below or choose another name");
            }
            String key = KeyText.generate(random);
            byte[] keyHash = hash.of(key);
            long id = database.query("INSERT INTO viewer_keys (user_id, name, key_hash, created_at) VALUES (?, ?, ?, ?)"
                    + " RETURNING id", statement -> {
                        statement.setLong(1, owner.id());
                        statement.setString(2, cleanName);
                        statement.setBytes(3, keyHash);
                        statement.setString(4, Instant.now().toString());
                        try (ResultSet row = statement.executeQuery()) {
                            row.next();
                            return row.getLong(1);
                        }
                    });
            index.add(new KeyIndex.Entry(id, owner.id(), keyHash));
            LOG.info(() -> "Created viewer key \"" + cleanName + "\" for " + owner.name());
            return key;
        }
    }

    /**
     * Checks a key that came with a stream request from {@code address}. Text that is no key in shape (a password,
     * a cut-off key) is refused without being hashed or counted: it could never open anything, so it is no guess.
     */
    public KeyCheck check(String key, String address) {
        if (!KeyText.hasKeyShape(key)) {
            return new KeyCheck.Rejected("That is not a viewer key: streams take a viewer key (cvk_…) as the password, "
                    + "never an account's password. Create one on Settings, Viewer Keys.");
        }
        // The throttle's name-wide delay is not waited for: it slows guessing of a name's password from many
        // addresses, and nobody guesses 256 random bits, while Home Assistant's polls would all wait.
        if (throttle.begin(THROTTLE_NAME, address) instanceof LoginThrottle.Refused refused) {
            REFUSALS.log(() -> "Viewer key not checked: too many wrong keys from " + address);
            return new KeyCheck.Throttled(refused.retryAfter());
        }
        Optional<KeyIndex.Entry> found = index.find(hash.of(key));
        throttle.finish(THROTTLE_NAME, address, found.isPresent() ? LoginThrottle.Result.SUCCEEDED : LoginThrottle.Result.FAILED);
        if (found.isEmpty()) {
            REFUSALS.log(() -> "Viewer key refused from " + address + ": it is no live key (revoked, or its user removed)");
            return new KeyCheck.Rejected("This viewer key is not valid (revoked, or its user was removed).");
        }
        markUsed(found.get().keyId());
        return new KeyCheck.Accepted(new ViewerKeyHolder(found.get().keyId(), found.get().userId()));
    }

    /** Whether a key accepted earlier still lives: asked again and again while its streams run. */
    public boolean isLive(ViewerKeyHolder holder) {
        return index.isLive(holder.keyId());
    }

    /** The keys a user may see: a SuperUser sees everybody's. */
    public List<ViewerKey> listFor(User viewer) {
        String sql = "SELECT k.id, k.name, u.username, k.created_at, k.last_used_at FROM viewer_keys k"
                + " JOIN users u ON u.id = k.user_id" + (viewer.superUser() ? "" : " WHERE k.user_id = ?")
                + " ORDER BY k.created_at, k.id";
        return database.query(sql, statement -> {
            if (!viewer.superUser()) {
                statement.setLong(1, viewer.id());
            }
            List<ViewerKey> list = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String lastUsed = rows.getString(5);
                    list.add(new ViewerKey(rows.getLong(1), rows.getString(2), rows.getString(3),
                            Instant.parse(rows.getString(4)), lastUsed == null ? null : Instant.parse(lastUsed)));
                }
            }
            return list;
        });
    }

    /** Revokes a key of the actor's own, or anybody's for a SuperUser; another's key stays as it is. */
    public synchronized Revocation revoke(User actor, long keyId) {
        Optional<Long> ownerId = database.query("SELECT user_id FROM viewer_keys WHERE id = ?", statement -> {
            statement.setLong(1, keyId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.<Long>empty();
            }
        });
        if (ownerId.isEmpty()) {
            return Revocation.NO_SUCH_KEY;
        }
        if (ownerId.get() != actor.id() && !actor.superUser()) {
            LOG.warning(() -> "Refused: " + actor.name() + " (not a SuperUser) tried to revoke another user's viewer key");
            return Revocation.NOT_YOURS;
        }
        database.update("DELETE FROM viewer_keys WHERE id = ?", statement -> statement.setLong(1, keyId));
        index.remove(keyId);
        lastWritten.remove(keyId);
        LOG.info(() -> "Revoked a viewer key (by " + actor.name() + "): its streams end within seconds");
        return Revocation.REVOKED;
    }

    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Please give the key a name that says who uses it, e.g. Home Assistant");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            return Optional.of("The name may have at most " + MAX_NAME_LENGTH + " characters");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            return Optional.of("The name may not contain control or invisible formatting characters");
        }
        return Optional.empty();
    }

    /** The database removed the user's keys with the user (ON DELETE CASCADE); forget their hashes too. */
    void userRemoved(@Observes UserRemoved event) {
        reload();
        LOG.info(() -> "Viewer keys of " + event.name() + " are gone with the user");
    }

    private void markUsed(long keyId) {
        Instant now = Instant.now();
        Instant written = lastWritten.get(keyId);
        if (written != null && written.plus(LAST_USED_PRECISION).isAfter(now)) {
            return;
        }
        lastWritten.put(keyId, now);
        database.update("UPDATE viewer_keys SET last_used_at = ? WHERE id = ?", statement -> {
            statement.setString(1, now.toString());
            statement.setLong(2, keyId);
        });
    }

    private int countOf(User owner, String name) {
        return database.query("SELECT COUNT(*) FROM viewer_keys WHERE user_id = ?" + (name == null ? "" : " AND name = ?"),
                statement -> {
                    statement.setLong(1, owner.id());
                    if (name != null) {
                        statement.setString(2, name);
                    }
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? row.getInt(1) : 0;
                    }
                });
    }

    private void reload() {
        index.replaceAll(database.query("SELECT id, user_id, key_hash FROM viewer_keys", statement -> {
            List<KeyIndex.Entry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(new KeyIndex.Entry(rows.getLong(1), rows.getLong(2), rows.getBytes(3)));
                }
            }
            return entries;
        }));
    }
}
