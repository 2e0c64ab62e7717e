package org.camsrv.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camsrv.data.SqliteDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The users table on a real SQLite file. */
class UserStoreTest {

    @TempDir
    Path dir;

    private Path databaseFile() {
        return dir.resolve("camsrv.sqlite");
    }

    private UserStore store() {
        return new UserStore(databaseFile());
    }

    private int userVersion() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("PRAGMA user_version")) {
            return row.next() ? row.getInt(1) : -1;
        }
    }

    @Test
    void newDatabaseFileGetsTheLatestSchema() throws Exception {
        store();

        assertTrue(Files.isRegularFile(databaseFile()));
        assertTrue(SqliteDatabase.latestVersion() >= 1);
        assertEquals(SqliteDatabase.latestVersion(), userVersion());
    }

    @Test
    void newDatabaseHasNoUsers() {
        UserStore store = store();

        assertEquals(0, store.countUsers());
        assertEquals(0, store.countSuperUsers());
        assertEquals(List.of(), store.listUsers());
    }

    @Test
    void reopeningAnExistingDatabaseKeepsItsUsers() throws Exception {
        User alice = store().addUser("alice", "hash-a", true, false).orElseThrow();

        UserStore reopened = store();

        assertEquals(List.of(alice), reopened.listUsers());
        assertEquals(SqliteDatabase.latestVersion(), userVersion());
    }

    @Test
    void aDatabaseFromANewerVersionIsNotDowngraded() throws Exception {
        store().addUser("alice", "hash-a", true, false);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile());
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("PRAGMA user_version = 99");
        }

        UserStore reopened = store();

        assertEquals(99, userVersion());
        assertEquals(1, reopened.countUsers());
    }

    @Test
    void addedUserIsFoundByNameAndById() {
        UserStore store = store();

        User added = store.addUser("alice", "hash-a", true, false).orElseThrow();

        assertEquals(new User(added.id(), "alice", "hash-a", true, false), added);
        assertEquals(Optional.of(added), store.findByName("alice"));
        assertEquals(Optional.of(added), store.findById(added.id()));
    }

    @Test
    void flagsAreStoredAsGiven() {
        UserStore store = store();

        User initial = store.addUser("bob", "hash-b", false, true).orElseThrow();

        assertFalse(initial.superUser());
        assertTrue(initial.initial());
    }

    @Test
    void unknownNamesAndIdsAnswerEmpty() {
        UserStore store = store();
        User alice = store.addUser("alice", "hash-a", true, false).orElseThrow();

        assertEquals(Optional.empty(), store.findByName("bob"));
        assertEquals(Optional.empty(), store.findById(alice.id() + 1));
    }

    @Test
    void usersAreListedInIdOrderAndCounted() {
        UserStore store = store();
        User alice = store.addUser("alice", "hash-a", true, false).orElseThrow();
        User bob = store.addUser("bob", "hash-b", false, true).orElseThrow();
        User carol = store.addUser("carol", "hash-c", true, false).orElseThrow();

        assertEquals(List.of(alice, bob, carol), store.listUsers());
        assertEquals(3, store.countUsers());
        assertEquals(2, store.countSuperUsers());
    }

    @Test
    void aTakenNameAnswersEmptyAndKeepsTheFirstUser() {
        UserStore store = store();
        User first = store.addUser("alice", "hash-first", true, false).orElseThrow();

        Optional<User> second = store.addUser("alice", "hash-second", false, true);

        assertEquals(Optional.empty(), second);
        assertEquals(List.of(first), store.listUsers());
    }

    @Test
    void namesAreCaseSensitiveAsStored() {
        UserStore store = store();
        User lower = store.addUser("alice", "hash-lower", false, false).orElseThrow();

        Optional<User> upper = store.addUser("Alice", "hash-upper", false, false);

        assertTrue(upper.isPresent(), "a name differing only in case is another user");
        assertNotEquals(lower.id(), upper.get().id());
        assertEquals(Optional.of(lower), store.findByName("alice"));
        assertEquals(upper, store.findByName("Alice"));
        assertEquals(Optional.empty(), store.findByName("ALICE"));
    }

    @Test
    void setPasswordReplacesTheHashAndTheInitialFlagAndCountsTheChange() {
        UserStore store = store();
        User bob = store.addUser("bob", "old-hash", false, true).orElseThrow();
        assertEquals(0, bob.passwordVersion());

        store.setPassword(bob.id(), "new-hash", false);
        assertEquals(new User(bob.id(), "bob", "new-hash", false, false, 1), store.findById(bob.id()).orElseThrow());
        store.setPassword(bob.id(), "newer-hash", false);
        assertEquals(2, store.findById(bob.id()).orElseThrow().passwordVersion());
    }

    @Test
    void aRehashOfTheSamePasswordIsNoPasswordChange() {
        UserStore store = store();
        User pi = store.addUser("pi", "pbkdf2:sha256:600000$salt$hash", false, false).orElseThrow();

        assertTrue(store.replacePasswordHash(pi.id(), pi.passwordHash(), "PBKDF2WithHmacSHA256:600000:a:b"));

        assertEquals(0, store.findById(pi.id()).orElseThrow().passwordVersion(), "sessions and tokens stay valid");
    }

    @Test
    void setPasswordTouchesNoOtherUser() {
        UserStore store = store();
        User alice = store.addUser("alice", "hash-a", true, false).orElseThrow();
        User bob = store.addUser("bob", "hash-b", false, true).orElseThrow();

        store.setPassword(bob.id(), "new-hash", false);
        store.setPassword(bob.id() + 100, "ghost-hash", true);

        assertEquals(Optional.of(alice), store.findById(alice.id()));
        assertEquals(2, store.countUsers());
    }

    @Test
    void removeUserDeletesOnlyThatUser() {
        UserStore store = store();
        User alice = store.addUser("alice", "hash-a", true, false).orElseThrow();
        User bob = store.addUser("bob", "hash-b", false, true).orElseThrow();

        assertTrue(store.removeUser(bob.id()));

        assertEquals(List.of(alice), store.listUsers());
        assertEquals(Optional.empty(), store.findByName("bob"));
    }

    @Test
    void removingAnUnknownIdAnswersFalse() {
        UserStore store = store();
        User alice = store.addUser("alice", "hash-a", true, false).orElseThrow();

        assertFalse(store.removeUser(alice.id() + 1));
        assertEquals(1, store.countUsers());
    }

    @Test
    void aRecreatedUserNeverGetsTheRemovedUsersId() {
        UserStore store = store();
        User first = store.addUser("alice", "hash-a", true, false).orElseThrow();
        store.removeUser(first.id());

        User again = store.addUser("alice", "hash-a", true, false).orElseThrow();

        assertTrue(again.id() > first.id(), "ids must not be reused, or old tokens would come back to life");
    }

    @Test
    void aDatabaseInAnUnwritablePlaceFailsWithAMessageFreeOfSql() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");

        UserStoreException e = assertThrows(UserStoreException.class,
                () -> new UserStore(notAFolder.resolve("camsrv.sqlite")));

        assertMessageIsSafe(e);
        assertTrue(causedBySql(e), "the SQL failure stays available for the log as the cause");
    }

    private static boolean causedBySql(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aFileThatIsNotADatabaseFailsWithAMessageFreeOfSql() throws Exception {
        Files.writeString(databaseFile(), "this is not an SQLite database, just some text that is long enough".repeat(20));

        UserStoreException e = assertThrows(UserStoreException.class, this::store);

        assertMessageIsSafe(e);
    }

    @Test
    void aDatabaseThatBreaksAfterOpeningFailsWithAMessageFreeOfSql() throws Exception {
        UserStore store = store();
        Files.deleteIfExists(dir.resolve("camsrv.sqlite-wal"));
        Files.deleteIfExists(dir.resolve("camsrv.sqlite-shm"));
        Files.writeString(databaseFile(), "overwritten by something else, not a database at all".repeat(20));

        UserStoreException e = assertThrows(UserStoreException.class, store::countUsers);

        assertMessageIsSafe(e);
    }

    private static void assertMessageIsSafe(UserStoreException e) {
        String message = e.getMessage().toLowerCase(Locale.ROOT);
        assertTrue(message.startsWith("the user database could not"), message);
        for (String leak : List.of("select", "insert", "create table", "pragma", "sql", "jdbc", "users (")) {
            assertFalse(message.contains(leak), () -> "message leaks '" + leak + "': " + message);
        }
    }

    @Test
    void userToStringNeverShowsThePasswordHash() {
        User user = new User(7, "alice", "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==", true, false);

        String text = user.toString();

        assertFalse(text.contains("PBKDF2"), text);
        assertFalse(text.contains("aGFzaA=="), text);
        assertTrue(text.contains("alice"), text);
    }
}
