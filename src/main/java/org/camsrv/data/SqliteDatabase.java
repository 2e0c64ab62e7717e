package org.camsrv.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded SQLite database {@code <data>/db/camsrv.sqlite}: opens connections and creates or
 * upgrades the schema, recording how far it got in {@code PRAGMA user_version}. A connection per
 * call is cheap with SQLite and keeps the stores free of shared state.
 */
public class SqliteDatabase {

    /** Each entry moves the schema one version up; append, never edit. */
    private static final String[] UPGRADES = {
        "CREATE TABLE users ("
                + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                + " username TEXT NOT NULL UNIQUE,"
                + " password_hash TEXT NOT NULL,"
                + " is_superuser INTEGER NOT NULL DEFAULT 0,"
                + " is_initial INTEGER NOT NULL DEFAULT 0,"
                + " created_at TEXT NOT NULL)",
        "CREATE TABLE api_tokens ("
                + " id TEXT PRIMARY KEY,"
                + " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                + " name TEXT NOT NULL,"
                + " created_at TEXT NOT NULL,"
                + " last_used_at TEXT)",
        "ALTER TABLE users ADD COLUMN password_version INTEGER NOT NULL DEFAULT 0",
        // Viewer keys (Home Assistant, NVRs): only an HMAC of each key is kept, never the key.
        "CREATE TABLE viewer_keys ("
                + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                + " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                + " name TEXT NOT NULL,"
                + " key_hash BLOB NOT NULL UNIQUE,"
                + " created_at TEXT NOT NULL,"
                + " last_used_at TEXT)",
        // This installation's random id, made once: tokens name it in their issuer (camsrv:<id>).
        "CREATE TABLE installation AS SELECT lower(hex(randomblob(16))) AS id",
        // One row per API login: its refresh tokens are numbered (generations); a generation older than
        // the newest used one is a stolen copy and revokes the row.
        "CREATE TABLE refresh_families ("
                + " id TEXT PRIMARY KEY,"
                + " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                + " used_generation INTEGER NOT NULL DEFAULT 0,"
                + " revoked INTEGER NOT NULL DEFAULT 0,"
                + " expires_at INTEGER NOT NULL)",
    };

    private final SQLiteDataSource dataSource;

    public SqliteDatabase(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(5000);
        config.enforceForeignKeys(true);
        // Transactions take the write lock at once, so two stores opening a new file cannot both upgrade it.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        upgrade();
    }

    /** The random id made when this database was created, the same on every start. */
    public String installationId() {
        return query("SELECT id FROM installation", statement -> {
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("the installation id is missing");
                }
                return row.getString(1);
            }
        });
    }

    public static int latestVersion() {
        return UPGRADES.length;
    }

    /** Work on one prepared statement. */
    public interface Work<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /** Parameters for an update. */
    public interface Binding {
        void bind(PreparedStatement statement) throws SQLException;
    }

    public <T> T query(String sql, Work<T> work) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.run(statement);
        } catch (SQLException e) {
            throw new DatabaseException("The database could not be read or written", e);
        }
    }

    public int update(String sql, Binding binding) {
        return query(sql, statement -> {
            binding.bind(statement);
            return statement.executeUpdate();
        });
    }

    private void upgrade() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            int version;
            try (ResultSet row = statement.executeQuery("PRAGMA user_version")) {
                version = row.next() ? row.getInt(1) : 0;
            }
            if (version >= UPGRADES.length) {
                connection.rollback();
                return;
            }
            for (int step = version; step < UPGRADES.length; step++) {
                statement.executeUpdate(UPGRADES[step]);
            }
            statement.executeUpdate("PRAGMA user_version = " + UPGRADES.length);
            connection.commit();
        } catch (SQLException e) {
            throw new DatabaseException("The database could not be created or upgraded", e);
        }
    }

    /** The database failed; the message is safe to show, the cause goes to the log. */
    public static class DatabaseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DatabaseException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
