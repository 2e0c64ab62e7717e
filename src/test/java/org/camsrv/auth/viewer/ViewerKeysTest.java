package org.camsrv.auth.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;
import org.camsrv.auth.AuthFixtures;
import org.camsrv.auth.LoginThrottle;
import org.camsrv.auth.User;
import org.camsrv.auth.UserRemoved;
import org.camsrv.auth.UserService;
import org.camsrv.data.SqliteDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Viewer keys on a real database: made, checked from memory, listed, revoked, gone with their user, throttled. */
class ViewerKeysTest {

    private static final String ADDRESS = "192.0.2.7";

    @TempDir
    Path data;

    private UserService users;
    private SqliteDatabase database;
    private ViewerKeys keys;
    private User owner;
    private User plain;

    @BeforeEach
    void wire() {
        users = AuthFixtures.openUserService(data);
        owner = users.registerFirstSuperUser("owner", "owner-password").orElseThrow();
        plain = users.addInitialUser("plain", "plain-password").orElseThrow();
        database = AuthFixtures.dataDirectoryAt(data).database();
        keys = openAgain();
    }

    private ViewerKeys openAgain() {
        return ViewerKeys.open(database, data.resolve("secrets/viewer-keys.pepper"), new LoginThrottle());
    }

    @Test
    void aNewKeyOpensItsOwnersStreamsAndIsStoredOnlyAsAnHmac() throws Exception {
        String key = keys.create(owner, "Home Assistant");
        KeyCheck.Accepted accepted = assertInstanceOf(KeyCheck.Accepted.class, keys.check(key, ADDRESS));
        assertEquals(owner.id(), accepted.holder().userId());
        assertTrue(keys.isLive(accepted.holder()));
        byte[] stored = database.query("SELECT key_hash FROM viewer_keys", statement -> {
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBytes(1);
            }
        });
        assertEquals(32, stored.length, "an HMAC-SHA256");
        assertFalse(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1).contains(key.substring(4, 20)));
        byte[] whole = Files.readAllBytes(data.resolve("db/camsrv.sqlite"));
        assertFalse(new String(whole, java.nio.charset.StandardCharsets.ISO_8859_1).contains(key), "the key is in no file");
    }

    @Test
    void keysStillWorkAfterARestart() {
        String key = keys.create(owner, "NVR");
        ViewerKeys restarted = openAgain();
        assertInstanceOf(KeyCheck.Accepted.class, restarted.check(key, ADDRESS));
    }

    @Test
    void aWrongKeyOfTheRightShapeIsRefusedAndCounted() {
        keys.create(owner, "Home Assistant");
        String wrong = KeyText.generate(new java.security.SecureRandom());
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(KeyCheck.Rejected.class, keys.check(wrong, ADDRESS));
        }
        KeyCheck.Throttled throttled = assertInstanceOf(KeyCheck.Throttled.class, keys.check(wrong, ADDRESS));
        assertTrue(throttled.seconds() > 0);
        assertTrue(throttled.message().startsWith("Too many wrong viewer keys"), throttled.message());
        assertInstanceOf(KeyCheck.Rejected.class, keys.check(wrong, "192.0.2.8"), "another address is not held up");
    }

    @Test
    void aPasswordOrACutOffKeyIsRefusedWithoutCounting() {
        String key = keys.create(owner, "Home Assistant");
        for (int i = 0; i < 30; i++) {
            KeyCheck.Rejected rejected = assertInstanceOf(KeyCheck.Rejected.class, keys.check("owner-password", ADDRESS));
            assertTrue(rejected.reason().startsWith("That is not a viewer key"), rejected.reason());
            assertInstanceOf(KeyCheck.Rejected.class, keys.check(key.substring(0, 40), ADDRESS));
        }
        assertInstanceOf(KeyCheck.Accepted.class, keys.check(key, ADDRESS), "nothing of that was a guess");
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        String key = keys.create(owner, "Home Assistant");
        ViewerKeyHolder holder = ((KeyCheck.Accepted) keys.check(key, ADDRESS)).holder();
        assertEquals(ViewerKeys.Revocation.REVOKED, keys.revoke(owner, holder.keyId()));
        assertFalse(keys.isLive(holder), "a running stream's next re-check fails");
        KeyCheck.Rejected rejected = assertInstanceOf(KeyCheck.Rejected.class, keys.check(key, ADDRESS));
        assertEquals("This viewer key is not valid (revoked, or its user was removed).", rejected.reason());
        assertEquals(ViewerKeys.Revocation.NO_SUCH_KEY, keys.revoke(owner, holder.keyId()));
    }

    @Test
    void aPlainUserCannotRevokeAnothersKeyButASuperUserCan() {
        String ownersKey = keys.create(owner, "Home Assistant");
        String plainsKey = keys.create(plain, "Phone");
        long ownersId = idOf(ownersKey);
        assertEquals(ViewerKeys.Revocation.NOT_YOURS, keys.revoke(plain, ownersId));
        assertInstanceOf(KeyCheck.Accepted.class, keys.check(ownersKey, ADDRESS), "nothing changed");
        assertEquals(ViewerKeys.Revocation.REVOKED, keys.revoke(owner, idOf(plainsKey)));
    }

    @Test
    void aSuperUserListsEveryKeyAPlainUserOnlyTheirs() {
        keys.create(owner, "Home Assistant");
        keys.create(plain, "Phone");
        assertEquals(List.of("Home Assistant:owner", "Phone:plain"),
                keys.listFor(owner).stream().map(k -> k.name() + ":" + k.owner()).toList());
        assertEquals(List.of("Phone:plain"), keys.listFor(plain).stream().map(k -> k.name() + ":" + k.owner()).toList());
    }

    @Test
    void aRemovedUsersKeysAreGone() {
        String key = keys.create(plain, "Phone");
        ViewerKeyHolder holder = ((KeyCheck.Accepted) keys.check(key, ADDRESS)).holder();
        users.removeUser(owner, plain.id());
        keys.userRemoved(new UserRemoved(plain.id(), plain.name()));
        assertFalse(keys.isLive(holder));
        assertInstanceOf(KeyCheck.Rejected.class, keys.check(key, ADDRESS));
        assertTrue(keys.listFor(owner).isEmpty());
    }

    @Test
    void lastUseIsWrittenOnceAMinuteNotOnEveryPoll() {
        String key = keys.create(owner, "Home Assistant");
        assertNull(keys.listFor(owner).get(0).lastUsed());
        keys.check(key, ADDRESS);
        var first = keys.listFor(owner).get(0).lastUsed();
        assertTrue(first != null);
        keys.check(key, ADDRESS);
        assertEquals(first, keys.listFor(owner).get(0).lastUsed(), "the second poll wrote nothing");
    }

    @Test
    void namesAreCheckedAndEachUserHasAtMostTwenty() {
        assertEquals("Please give the key a name that says who uses it, e.g. Home Assistant",
                assertThrows(IllegalArgumentException.class, () -> keys.create(owner, "  ")).getMessage());
        assertEquals("The name may have at most 64 characters",
                assertThrows(IllegalArgumentException.class, () -> keys.create(owner, "x".repeat(65))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> keys.create(owner, "bad\u0000name"));
        assertThrows(IllegalArgumentException.class, () -> keys.create(owner, "bad\u202ename"));
        keys.create(owner, "HA");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> keys.create(owner, " HA ")).getMessage()
                .startsWith("You have a viewer key named \"HA\" already"));
        for (int i = 2; i <= ViewerKeys.MAX_PER_USER; i++) {
            keys.create(owner, "camera client " + i);
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> keys.create(owner, "one more")).getMessage()
                .startsWith("You have 20 viewer keys"));
        assertEquals(20, keys.listFor(owner).size());
        assertNotEquals(null, keys.create(plain, "HA"), "the limit and the names are per user");
    }

    private long idOf(String key) {
        return ((KeyCheck.Accepted) keys.check(key, "198.51.100.1")).holder().keyId();
    }
}
