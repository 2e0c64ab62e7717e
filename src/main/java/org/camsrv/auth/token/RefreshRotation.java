package org.camsrv.auth.token;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.camsrv.log.SafeLog;
import org.camsrv.auth.User;
import org.camsrv.data.DataDirectory;
import org.camsrv.data.SqliteDatabase;

/**
 * Refresh tokens are rotated: each refresh answers a new one, one generation on. A refresh token
 * stays good until a later generation of its login has been used, because raspiCamSrv clients keep
 * the refresh token of their login and read only the new access token. A token older than the newest
 * used one can only be a copy, so it ends the whole login family, access tokens included (RFC 9700, 4.14.2).
 */
@ApplicationScoped
public class RefreshRotation {

    private static final SafeLog LOG = SafeLog.of(RefreshRotation.class);

    @Inject
    DataDirectory dataDirectory;

    @Inject
    TokenService tokens;

    private SqliteDatabase database;
    /** Checked on every request of a family's access tokens; few, as only reuse adds to it. */
    private final Set<String> revokedFamilies = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void open() {
        database = dataDirectory.database();
        forgetExpired();
        revokedFamilies.addAll(database.query("SELECT id FROM refresh_families WHERE revoked = 1", statement -> {
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }));
    }

    /** The tokens of a new API login: a family of its own, with the login's refresh token as generation 0. */
    public TokenService.TokenPair logIn(User user) {
        forgetExpired();
        TokenService.Chain chain = new TokenService.Chain(UUID.randomUUID().toString(), 0);
        TokenService.TokenPair pair = tokens.issuePair(user, chain);
        if (pair.refreshToken() != null) {
            database.update("INSERT INTO refresh_families (id, user_id, expires_at) VALUES (?, ?, ?)", statement -> {
                statement.setString(1, chain.family());
                statement.setLong(2, user.id());
                statement.setLong(3, tokens.refreshExpiry().getEpochSecond());
            });
        }
        return pair;
    }

    /** New tokens for a refresh token of {@code user}; empty when it is revoked, unknown or a reused copy. */
    public synchronized Optional<TokenService.TokenPair> refresh(User user, TokenService.Chain presented) {
        Optional<long[]> family = database.query(
                "SELECT used_generation, revoked FROM refresh_families WHERE id = ? AND user_id = ?", statement -> {
                    statement.setString(1, presented.family());
                    statement.setLong(2, user.id());
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? Optional.of(new long[] {row.getLong(1), row.getLong(2)}) : Optional.empty();
                    }
                });
        if (family.isEmpty() || family.get()[1] == 1) {
            return Optional.empty();
        }
        if (presented.generation() < family.get()[0]) {
            revoke(presented.family());
            LOG.warning(() -> "A refresh token of " + user.name() + " was used again after its successor: "
                    + "all tokens of that API login are revoked");
            return Optional.empty();
        }
        database.update("UPDATE refresh_families SET used_generation = ?, expires_at = MAX(expires_at, ?) WHERE id = ?",
                statement -> {
                    statement.setLong(1, presented.generation());
                    statement.setLong(2, tokens.refreshExpiry().getEpochSecond());
                    statement.setString(3, presented.family());
                });
        return Optional.of(tokens.issuePair(user, new TokenService.Chain(presented.family(), presented.generation() + 1)));
    }

    public boolean isRevoked(String family) {
        return revokedFamilies.contains(family);
    }

    private void revoke(String family) {
        revokedFamilies.add(family);
        database.update("UPDATE refresh_families SET revoked = 1 WHERE id = ?", statement -> statement.setString(1, family));
    }

    /** Rows outlive their refresh tokens only until those expire: then no token of theirs is accepted anyway. */
    private void forgetExpired() {
        long now = Instant.now().getEpochSecond();
        database.update("DELETE FROM refresh_families WHERE expires_at < ?", statement -> statement.setLong(1, now));
    }
}
