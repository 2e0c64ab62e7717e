package org.camsrv.migration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading users from real SQLite files made here the way raspiCamSrv's schema makes them. */
class RaspiCamSrvUsersTest {
    // Equivalent mutants PIT leaves alive here: openReadOnly without setReadOnly or without OPEN_URI
    // (either one and "mode=ro" keep the file read-only, see connectionRefusesWrites and
    // readOnlyConnectionDoesNotCreateAMissingFile). Not covered: describe()'s messages for a locked
    // file (a lock held through the driver's busy timeout), a corrupt one and other driver errors.

    private static final String SCHEMA = "CREATE TABLE user ("
            + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            + " username TEXT UNIQUE NOT NULL,"
            + " password TEXT NOT NULL,"
            + " issuperuser INTEGER NOT NULL DEFAULT 0,"
            + " isinitial INTEGER NOT NULL DEFAULT 1)";
    private static final String SCRYPT_HASH = "scrypt:32768:8:1$e3hSE4KXgQS8dBea$"
            + "2cda3b464659e6bb0420db8e93d4504d77aed287bc5054833c54c9ba01682266"
            + "c55785f1f20be8e00f3a5f916844206eb373d3488be23afc7e6f416f8a2caf62";
    private static final String PBKDF2_HASH = "pbkdf2:sha256:1000$RbprYbHXNtwINpJQ$"
            + "abd111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81a1";

    @TempDir
    Path dir;

    private Path database(String... statements) throws SQLException {
        Path file = dir.resolve("raspiCamSrv.sqlite");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
        return file;
    }

    private Path databaseWithUsers(String... usernamesAndHashes) throws SQLException {
        Path file = database(SCHEMA);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement insert = connection.prepareStatement("INSERT INTO user (username, password) VALUES (?, ?)")) {
            for (int i = 0; i < usernamesAndHashes.length; i += 2) {
                insert.setString(1, usernamesAndHashes[i]);
                insert.setString(2, usernamesAndHashes[i + 1]);
                insert.executeUpdate();
            }
        }
        return file;
    }

    private static String refusal(Path file) {
        return assertThrows(RaspiCamSrvImportException.class, () -> RaspiCamSrvUsers.read(file)).getMessage();
    }

    @Test
    void usersOfTheRaspiCamSrvSchemaAreRead() throws Exception {
        Path file = database(SCHEMA,
                "INSERT INTO user (username, password, issuperuser, isinitial) VALUES ('admin', '" + SCRYPT_HASH + "', 1, 0)",
                "INSERT INTO user (username, password, issuperuser, isinitial) VALUES ('carol', '" + PBKDF2_HASH + "', 0, 1)");

        LegacyUsers read = RaspiCamSrvUsers.read(file);

        assertEquals(List.of(new LegacyUser("admin", SCRYPT_HASH, true, false), new LegacyUser("carol", PBKDF2_HASH, false, true)),
                read.users());
        assertEquals(List.of(), read.skipped());
    }

    @Test
    void olderSchemaWithoutFlagsAndOtherCaseIsRead() throws Exception {
        Path file = database("CREATE TABLE User (ID INTEGER PRIMARY KEY, UserName TEXT, PassWord TEXT)",
                "INSERT INTO User (UserName, PassWord) VALUES ('admin', '" + SCRYPT_HASH + "')");

        assertEquals(List.of(new LegacyUser("admin", SCRYPT_HASH, false, false)), RaspiCamSrvUsers.read(file).users());
    }

    @Test
    void unusableRowsAreSkippedWithTheirReasons() throws Exception {
        Path file = databaseWithUsers("admin", SCRYPT_HASH, "bob", "hunter2", " ", PBKDF2_HASH, "eve", "sha1$salt$abcd");

        LegacyUsers read = RaspiCamSrvUsers.read(file);

        assertEquals(List.of("admin"), read.users().stream().map(LegacyUser::name).toList());
        assertEquals(List.of(new SkippedUser("(row 1)", "empty user name"), new SkippedUser("bob", "unknown hash format"),
                new SkippedUser("eve", "unsupported hash method")), read.skipped());
    }

    @Test
    void hashStaysOutOfTheUserText() {
        assertFalse(new LegacyUser("admin", SCRYPT_HASH, true, false).toString().contains("e3hSE4KX"));
    }

    @Test
    void fileIsNeitherChangedNorTouched() throws Exception {
        Path file = databaseWithUsers("admin", SCRYPT_HASH);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
        byte[] before = Files.readAllBytes(file);
        List<Path> filesBefore = Files.list(dir).toList();

        RaspiCamSrvUsers.read(file);

        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(file));
        assertEquals(filesBefore, Files.list(dir).toList());
    }

    @Test
    void connectionRefusesWrites() throws Exception {
        Path file = databaseWithUsers("admin", SCRYPT_HASH);

        try (Connection connection = RaspiCamSrvUsers.openReadOnly(file); Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM user"));
        }
        assertEquals(1, RaspiCamSrvUsers.read(file).users().size());
    }

    @Test
    void pathWithSpacesHashesAndNonAsciiLettersIsRead() throws Exception {
        Path file = databaseWithUsers("admin", SCRYPT_HASH);
        Path folder = Files.createDirectories(dir.resolve("my cam #1 ?ä%20"));
        Path moved = Files.move(file, folder.resolve("raspiCamSrv.sqlite"));

        assertEquals(1, RaspiCamSrvUsers.read(moved).users().size());
        assertEquals(List.of(moved), Files.list(folder).toList());
    }

    @Test
    void missingFileIsReportedAndNotCreated() {
        Path file = dir.resolve("instance").resolve("raspiCamSrv.sqlite");

        assertTrue(refusal(file).endsWith("does not exist"));
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(file.getParent()));
        assertTrue(refusal(dir.resolve("raspiCamSrv.sqlite")).endsWith("does not exist"));
        assertFalse(Files.exists(dir.resolve("raspiCamSrv.sqlite")));
    }

    @Test
    void readOnlyConnectionDoesNotCreateAMissingFile() {
        Path file = dir.resolve("raspiCamSrv.sqlite");

        assertThrows(SQLException.class, () -> RaspiCamSrvUsers.openReadOnly(file).close());
        assertFalse(Files.exists(file));
    }

    @Test
    void folderIsRefused() {
        assertTrue(refusal(dir).endsWith("is a folder, not a raspiCamSrv database file"));
    }

    @Test
    void otherFilesAreRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "just some text that is long enough");
        Path empty = Files.createFile(dir.resolve("empty.sqlite"));

        assertEquals(text + " is not an SQLite database", refusal(text));
        assertEquals(empty + " is not an SQLite database", refusal(empty));
    }

    @Test
    void damagedFileIsRefusedWithoutDriverText() throws Exception {
        Path file = dir.resolve("damaged.sqlite");
        byte[] bytes = new byte[4096];
        System.arraycopy("SQLite format 3\0".getBytes(), 0, bytes, 0, 16);
        Files.write(file, bytes);

        assertEquals(file + " is damaged or not an SQLite database", refusal(file));
    }

    @Test
    void databaseWithoutUserTableIsRefused() throws Exception {
        Path file = database("CREATE TABLE users (username TEXT, password TEXT)");

        assertEquals(file + " has no user table; it is not a raspiCamSrv database", refusal(file));
    }

    @Test
    void userTableWithoutPasswordColumnIsRefused() throws Exception {
        Path file = database("CREATE TABLE user (username TEXT, pwhash TEXT)");

        assertEquals(file + " has a user table without username and password columns", refusal(file));
    }

    @Test
    void moreThanAThousandUsersAreRefused() throws Exception {
        Path file = database(SCHEMA,
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1001)"
                        + " INSERT INTO user (username, password) SELECT 'user' || i, 'x' FROM n");

        assertEquals(file + " holds more than 1000 users; this is not the database of a raspiCamSrv camera", refusal(file));
    }

    @Test
    void aThousandUsersAreRead() throws Exception {
        Path file = database(SCHEMA,
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)"
                        + " INSERT INTO user (username, password) SELECT 'user' || i, '" + PBKDF2_HASH + "' FROM n");

        assertEquals(1000, RaspiCamSrvUsers.read(file).users().size());
    }

    @Test
    void emptyNamesAreNamedByTheirRowNumberInNameOrder() throws Exception {
        Path file = databaseWithUsers("admin", SCRYPT_HASH, " ", PBKDF2_HASH, "  ", PBKDF2_HASH);

        assertEquals(List.of(new SkippedUser("(row 1)", "empty user name"), new SkippedUser("(row 2)", "empty user name")),
                RaspiCamSrvUsers.read(file).skipped());
    }

    @Test
    void aNameOfTheLongestLengthIsReadAndOneCharacterMoreIsSkipped() throws Exception {
        String longest = "n".repeat(RaspiCamSrvUsers.MAX_NAME_CHARS);
        Path file = databaseWithUsers(longest, PBKDF2_HASH, longest + "n", PBKDF2_HASH);

        LegacyUsers read = RaspiCamSrvUsers.read(file);

        assertEquals(List.of(longest), read.users().stream().map(LegacyUser::name).toList());
        assertEquals(List.of("user name too long"), read.skipped().stream().map(SkippedUser::reason).toList());
    }

    @Test
    void aHashOfTheLongestLengthIsJudgedByItsFormatAndOneCharacterMoreIsTooLong() throws Exception {
        String longest = "x".repeat(RaspiCamSrvUsers.MAX_HASH_CHARS);
        Path file = databaseWithUsers("bob", longest, "eve", longest + "x");

        assertEquals(List.of(new SkippedUser("bob", "unknown hash format"), new SkippedUser("eve", "password hash too long")),
                RaspiCamSrvUsers.read(file).skipped());
    }

    @Test
    void theUserTextNamesTheUserAndTheFlags() {
        assertEquals("LegacyUser[name=admin, superUser=true, initial=false]",
                new LegacyUser("admin", SCRYPT_HASH, true, false).toString());
    }

    @Test
    void skippedNamesAreShownWholeUpToTheLimitAndShortenedBeyond() {
        String longest = "s".repeat(SkippedUser.MAX_SHOWN);

        assertEquals(longest, new SkippedUser(longest, "r").name());
        assertEquals(longest + "…", new SkippedUser(longest + "s", "r").name());
        assertEquals("a?b", new SkippedUser("a\nb", "r").name());
    }
}
