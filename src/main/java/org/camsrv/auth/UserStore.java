package org.camsrv.auth;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camsrv.data.SqliteDatabase;

/**
 * The users table of the embedded SQLite database {@code <data>/db/camsrv.sqlite}. SQLite because
 * raspiCamSrv keeps its users in SQLite too: one driver serves this store and the import of
 * raspiCamSrv's database, and owners can inspect the file with the sqlite3 tool.
 */
public class UserStore {

    private final SqliteDatabase database;

    public UserStore(Path databaseFile) {
        this(open(databaseFile));
    }

    public UserStore(SqliteDatabase database) {
        this.database = database;
    }

    private static SqliteDatabase open(Path databaseFile) {
        try {
            return new SqliteDatabase(databaseFile);
        } catch (SqliteDatabase.DatabaseException e) {
            throw new UserStoreException("The user database could not be created or upgraded", e);
        }
    }

    public int countUsers() {
        return query("SELECT COUNT(*) FROM users", statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    public int countSuperUsers() {
        return query("SELECT COUNT(*) FROM users WHERE is_superuser = 1", statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    public Optional<User> findByName(String name) {
        return query("SELECT * FROM users WHERE username = ?", statement -> {
            statement.setString(1, name);
            return first(statement);
        });
    }

    public Optional<User> findById(long id) {
        return query("SELECT * FROM users WHERE id = ?", statement -> {
            statement.setLong(1, id);
            return first(statement);
        });
    }

    public List<User> listUsers() {
        return query("SELECT * FROM users ORDER BY id", statement -> {
            List<User> users = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    users.add(toUser(rows));
                }
            }
            return users;
        });
    }

    /** Adds a user; answers empty when the name is taken. */
    public Optional<User> addUser(String name, String passwordHash, boolean superUser, boolean initial) {
        String sql = "INSERT INTO users (username, password_hash, is_superuser, is_initial, created_at) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING";
        return query(sql, statement -> {
            statement.setString(1, name);
            statement.setString(2, passwordHash);
            statement.setInt(3, superUser ? 1 : 0);
            statement.setInt(4, initial ? 1 : 0);
            statement.setString(5, Instant.now().toString());
            return statement.executeUpdate() == 1 ? findByName(name) : Optional.<User>empty();
        });
    }

    public void setPassword(long id, String passwordHash, boolean initial) {
        // A new version ends the user's other sessions and the login tokens issued before.
        update("UPDATE users SET password_hash = ?, is_initial = ?, password_version = password_version + 1 WHERE id = ?",
                statement -> {
            statement.setString(1, passwordHash);
            statement.setInt(2, initial ? 1 : 0);
            statement.setLong(3, id);
        });
    }

    /**
     * Replaces the password hash alone, keeping the Initial flag, and only while it is still {@code expected}
     * (an imported hash rehashed at login must not undo a password change made meanwhile).
     */
    public boolean replacePasswordHash(long id, String expected, String passwordHash) {
        return update("UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?", statement -> {
            statement.setString(1, passwordHash);
            statement.setLong(2, id);
            statement.setString(3, expected);
        }) == 1;
    }

    public boolean removeUser(long id) {
        return update("DELETE FROM users WHERE id = ?", statement -> statement.setLong(1, id)) == 1;
    }

    private static Optional<User> first(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(toUser(rows)) : Optional.empty();
        }
    }

    private static User toUser(ResultSet row) throws SQLException {
        return new User(row.getLong("id"), row.getString("username"), row.getString("password_hash"),
                row.getInt("is_superuser") == 1, row.getInt("is_initial") == 1, row.getLong("password_version"));
    }

    private <T> T query(String sql, SqliteDatabase.Work<T> work) {
        try {
            return database.query(sql, work);
        } catch (SqliteDatabase.DatabaseException e) {
            throw new UserStoreException("The user database could not be read or written", e);
        }
    }

    private int update(String sql, SqliteDatabase.Binding binding) {
        return query(sql, statement -> {
            binding.bind(statement);
            return statement.executeUpdate();
        });
    }
}
