package org.camsrv.auth.token;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.camsrv.auth.PasswordChanged;
import org.camsrv.auth.User;
import org.camsrv.auth.UserRemoved;
import org.camsrv.data.DataDirectory;
import org.camsrv.data.SqliteDatabase;
import org.camsrv.log.SafeLog;

/**
 * Non-expiring access tokens generated on the API tab. Only their ids, names and dates are kept
 * (never the token), so a script's token can be listed and revoked; a revoked id is refused on
 * the next request. Ids of live tokens are held in memory for that per-request check.
 */
@ApplicationScoped
public class GeneratedTokens {

    private static final SafeLog LOG = SafeLog.of(GeneratedTokens.class);
    public static final int MAX_NAME_LENGTH = 64;
    /** Enough for every script a household runs; a bound on what one account can pile up. */
    public static final int MAX_PER_USER = 20;
    /** "Last used" is written at most this often per token, so a busy script does not write on every request. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(5);

    @Inject
    DataDirectory dataDirectory;

    @Inject
    TokenService tokens;

    private SqliteDatabase database;
    private final Set<String> liveIds = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> lastWritten = new ConcurrentHashMap<>();

    @PostConstruct
    void open() {
        database = dataDirectory.database();
        reloadIds();
    }

    /** Makes a token for {@code user}; the answer is shown once and never stored. */
    public synchronized String generate(User user, String name) {
        String cleanName = checkName(name);
        if (countFor(user) >= MAX_PER_USER) {
            throw new IllegalArgumentException("You have " + MAX_PER_USER
                    + " generated tokens, the most one user may have: revoke one that no script uses any more");
        }
        String id = UUID.randomUUID().toString();
        String token = tokens.issueNonExpiringAccessToken(user, id);
        database.update("INSERT INTO api_tokens (id, user_id, name, created_at) VALUES (?, ?, ?, ?)", statement -> {
            statement.setString(1, id);
            statement.setLong(2, user.id());
            statement.setString(3, cleanName);
            statement.setString(4, Instant.now().toString());
        });
        liveIds.add(id);
        LOG.info(() -> "Generated access token \"" + cleanName + "\" for " + user.name());
        return token;
    }

    /**
     * Whether this user has a live token of this name. Names tell the tokens apart in the list, and a
     * reloaded page that posts its form again must not make a second token.
     */
    public boolean hasToken(User user, String name) {
        return name != null && database.query("SELECT COUNT(*) FROM api_tokens WHERE user_id = ? AND name = ?", statement -> {
            statement.setLong(1, user.id());
            statement.setString(2, name.strip());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getInt(1) > 0;
            }
        });
    }

    private int countFor(User user) {
        return database.query("SELECT COUNT(*) FROM api_tokens WHERE user_id = ?", statement -> {
            statement.setLong(1, user.id());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    /** The names of a user's own tokens, which a password change would end. */
    public List<String> namesOf(User user) {
        return database.query("SELECT name FROM api_tokens WHERE user_id = ? ORDER BY created_at", statement -> {
            statement.setLong(1, user.id());
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
    }

    /** The tokens a user may see: a SuperUser sees everybody's. */
    public List<GeneratedToken> listFor(User user) {
        String sql = "SELECT t.id, t.name, u.username, t.created_at, t.last_used_at FROM api_tokens t "
                + "JOIN users u ON u.id = t.user_id" + (user.superUser() ? "" : " WHERE t.user_id = ?")
                + " ORDER BY t.created_at";
        return database.query(sql, statement -> {
            if (!user.superUser()) {
                statement.setLong(1, user.id());
            }
            List<GeneratedToken> list = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String lastUsed = rows.getString(5);
                    list.add(new GeneratedToken(rows.getString(1), rows.getString(2), rows.getString(3),
                            Instant.parse(rows.getString(4)), lastUsed == null ? null : Instant.parse(lastUsed)));
                }
            }
            return list;
        });
    }

    /** Revokes a token its owner or a SuperUser names; answers false for an unknown or foreign id. */
    public boolean revoke(User actor, String id) {
        int removed = database.update("DELETE FROM api_tokens WHERE id = ?"
                + (actor.superUser() ? "" : " AND user_id = ?"), statement -> {
                    statement.setString(1, id);
                    if (!actor.superUser()) {
                        statement.setLong(2, actor.id());
                    }
                });
        if (removed == 1) {
            liveIds.remove(id);
            LOG.info(() -> "Revoked a generated access token (by " + actor.name() + ")");
        }
        return removed == 1;
    }

    public boolean isLive(String id) {
        return id != null && liveIds.contains(id);
    }

    /** Notes that a token was used, writing to the database only now and then. */
    public void markUsed(String id) {
        Instant now = Instant.now();
        Instant written = lastWritten.get(id);
        if (written != null && written.plus(LAST_USED_PRECISION).isAfter(now)) {
            return;
        }
        lastWritten.put(id, now);
        database.update("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", statement -> {
            statement.setString(1, now.toString());
            statement.setString(2, id);
        });
    }

    /** The database removed a removed user's tokens with the user; forget their ids too. */
    void userRemoved(@Observes UserRemoved event) {
        reloadIds();
    }

    /** A new password ends the tokens made under the old one: whoever may have copied one loses it. */
    void passwordChanged(@Observes PasswordChanged event) {
        int removed = database.update("DELETE FROM api_tokens WHERE user_id = ?", statement -> statement.setLong(1, event.id()));
        reloadIds();
        if (removed > 0) {
            LOG.info(() -> "Revoked " + removed + " generated access token(s) of " + event.name() + " with the password change");
        }
    }

    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Please give the token a name, e.g. the script that will use it");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            return Optional.of("The name may have at most " + MAX_NAME_LENGTH + " characters");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("The name may not contain control characters");
        }
        return Optional.empty();
    }

    private static String checkName(String name) {
        nameProblem(name).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return name.strip();
    }

    private void reloadIds() {
        List<String> ids = database.query("SELECT id FROM api_tokens", statement -> {
            List<String> list = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    list.add(rows.getString(1));
                }
            }
            return list;
        });
        liveIds.retainAll(ids);
        liveIds.addAll(ids);
    }
}
