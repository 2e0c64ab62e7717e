package org.camsrv.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * Reads the users of a raspiCamSrv database ({@code instance/raspiCamSrv.sqlite}, table
 * {@code user}). The file belongs to another program that may still run, so it is opened
 * strictly read-only and never created; columns are found by name because older raspiCamSrv
 * versions lack {@code issuperuser} and {@code isinitial}.
 */
public final class RaspiCamSrvUsers {

    /** More users than a camera server ever has: such a file is not what the user meant to pick. */
    static final int MAX_USERS = 1000;
    /** Longer than any name CamSrv accepts, and than any werkzeug hash. */
    static final int MAX_NAME_CHARS = 256;
    static final int MAX_HASH_CHARS = 512;

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private RaspiCamSrvUsers() {
    }

    public static LegacyUsers read(Path databaseFile) throws RaspiCamSrvImportException {
        checkIsSqliteFile(databaseFile);
        try (Connection connection = openReadOnly(databaseFile); Statement statement = connection.createStatement()) {
            String table = userTable(statement, databaseFile);
            UserColumns columns = UserColumns.find(statement, table, databaseFile);
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM " + quoted(table))) {
                if (count.next() && count.getLong(1) > MAX_USERS) {
                    throw new RaspiCamSrvImportException(databaseFile + " holds more than " + MAX_USERS
                            + " users; this is not the database of a raspiCamSrv camera");
                }
            }
            try (ResultSet rows = statement.executeQuery(columns.selectAll(table))) {
                return readRows(rows);
            }
        } catch (SQLException e) {
            throw new RaspiCamSrvImportException(describe(e, databaseFile), e);
        }
    }

    /**
     * A read-only connection that cannot create the file: mode=ro in the URI and the read-only
     * open flags both say so, as the driver's default would otherwise create a missing file.
     */
    static Connection openReadOnly(Path databaseFile) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        // Path.toUri() percent-encodes spaces, '#', '?' and non-ASCII letters, which SQLite decodes again.
        return config.createConnection("jdbc:sqlite:" + databaseFile.toAbsolutePath().toUri() + "?mode=ro");
    }

    private static void checkIsSqliteFile(Path file) throws RaspiCamSrvImportException {
        if (Files.isDirectory(file)) {
            throw new RaspiCamSrvImportException(file + " is a folder, not a raspiCamSrv database file");
        }
        if (!Files.exists(file)) {
            throw new RaspiCamSrvImportException(file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            // A pipe or a device would block the reader or never end.
            throw new RaspiCamSrvImportException(file + " is not a regular file");
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw new RaspiCamSrvImportException(file + " cannot be read; check its permissions", e);
        }
        if (!Arrays.equals(header, SQLITE_HEADER)) {
            throw new RaspiCamSrvImportException(file + " is not an SQLite database");
        }
    }

    private static String userTable(Statement statement, Path file) throws SQLException, RaspiCamSrvImportException {
        try (ResultSet tables = statement.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND lower(name) = 'user'")) {
            if (!tables.next()) {
                throw new RaspiCamSrvImportException(file + " has no user table; it is not a raspiCamSrv database");
            }
            return tables.getString(1);
        }
    }

    private static LegacyUsers readRows(ResultSet rows) throws SQLException {
        List<LegacyUser> users = new ArrayList<>();
        List<SkippedUser> skipped = new ArrayList<>();
        for (int row = 1; rows.next(); row++) {
            String name = rows.getString(1);
            String hash = rows.getString(2);
            if (name == null || name.isBlank()) {
                skipped.add(new SkippedUser("(row " + row + ")", "empty user name"));
                continue;
            }
            if (name.length() > MAX_NAME_CHARS) {
                skipped.add(new SkippedUser(name, "user name too long"));
                continue;
            }
            Optional<String> problem = hash != null && hash.length() > MAX_HASH_CHARS
                    ? Optional.of("password hash too long") : WerkzeugPasswordHash.problemWith(hash);
            if (problem.isPresent()) {
                skipped.add(new SkippedUser(name, problem.get()));
                continue;
            }
            users.add(new LegacyUser(name, hash, rows.getLong(3) != 0, rows.getLong(4) != 0));
        }
        return new LegacyUsers(users, skipped);
    }

    private static String describe(SQLException e, Path file) {
        SQLiteErrorCode code = e instanceof SQLiteException sqlite ? sqlite.getResultCode() : null;
        if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED) {
            return file + " is locked by another program; stop raspiCamSrv and try again";
        }
        if (code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT) {
            return file + " is damaged or not an SQLite database";
        }
        return file + " could not be read as a raspiCamSrv database";
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The user table's columns as this file spells them; the two flags may be missing. */
    private record UserColumns(String username, String password, String superUser, String initial) {

        static UserColumns find(Statement statement, String table, Path file)
                throws SQLException, RaspiCamSrvImportException {
            List<String> names = new ArrayList<>();
            try (ResultSet columns = statement.executeQuery("PRAGMA table_info(" + quoted(table) + ")")) {
                while (columns.next()) {
                    names.add(columns.getString("name"));
                }
            }
            String username = named(names, "username");
            String password = named(names, "password");
            if (username == null || password == null) {
                throw new RaspiCamSrvImportException(file + " has a user table without username and password columns");
            }
            return new UserColumns(username, password, named(names, "issuperuser"), named(names, "isinitial"));
        }

        private static String named(List<String> names, String wanted) {
            return names.stream().filter(name -> name.toLowerCase(Locale.ROOT).equals(wanted)).findFirst().orElse(null);
        }

        /** A missing flag reads as 0: not a superuser, not an initial user. */
        /** Reads at most a little more than any usable name or hash, so that one huge row cannot fill the heap. */
        String selectAll(String table) {
            return "SELECT substr(" + quoted(username) + ", 1, " + (MAX_NAME_CHARS + 1) + "), substr("
                    + quoted(password) + ", 1, " + (MAX_HASH_CHARS + 1) + "), "
                    + (superUser == null ? "0" : quoted(superUser)) + ", "
                    + (initial == null ? "0" : quoted(initial))
                    + " FROM " + quoted(table) + " ORDER BY " + quoted(username);
        }
    }
}
