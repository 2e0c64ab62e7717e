package org.camsrv.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory from before Argon2id: its PBKDF2 users log in as before and leave with an Argon2id hash;
 * a server without libargon2 goes on with PBKDF2 and says so once. Real database, real libargon2.
 */
class PasswordUpgradeTest {

    private static Optional<Argon2id> argon2;

    @TempDir
    Path data;

    private final JdkPbkdf2PasswordHash pbkdf2 = JdkPbkdf2PasswordHash.fastIgnoringIterations();

    @BeforeAll
    static void loadLibrary() {
        StringBuilder why = new StringBuilder();
        argon2 = Argon2id.load(why::append);
        Assumptions.assumeTrue(argon2.isPresent(), () -> "Argon2id upgrade tests skipped: " + why);
    }

    /** The users of an older CamSrv, hashed with PBKDF2 only. */
    private void olderServerRegisters(String name, String password) {
        AuthFixtures.openUserService(data, pbkdf2, null, null).registerFirstSuperUser(name, password).orElseThrow();
    }

    private UserService newerServer() {
        return AuthFixtures.openUserService(data, new PasswordHasher(pbkdf2, argon2), null, null);
    }

    @Test
    void aPbkdf2UserLogsInAndIsRehashedToArgon2id() {
        olderServerRegisters("alice", "alice-password");
        UserService users = newerServer();
        String pbkdf2Hash = users.findByName("alice").orElseThrow().passwordHash();
        assertTrue(PasswordHasher.isPbkdf2(pbkdf2Hash), pbkdf2Hash);

        List<String> logged = LoggedLines.of(UserService.class, Level.INFO,
                () -> assertTrue(users.authenticate("alice", "alice-password".toCharArray()).isPresent()));

        User alice = users.findByName("alice").orElseThrow();
        assertTrue(Argon2idHash.isArgon2id(alice.passwordHash()), alice.passwordHash());
        assertEquals(List.of("Password of user alice rehashed to Argon2id"), logged);
        assertTrue(alice.superUser());
        assertTrue(users.authenticate("alice", "alice-password".toCharArray()).isPresent(), "the new hash works");
        assertTrue(newerServer().authenticate("alice", "alice-password".toCharArray()).isPresent(), "after a restart");
    }

    @Test
    void aWrongPasswordKeepsThePbkdf2Hash() {
        olderServerRegisters("alice", "alice-password");
        UserService users = newerServer();
        String pbkdf2Hash = users.findByName("alice").orElseThrow().passwordHash();

        assertEquals(Optional.empty(), users.authenticate("alice", "guess".toCharArray()));
        assertEquals(pbkdf2Hash, users.findByName("alice").orElseThrow().passwordHash());
    }

    @Test
    void newPasswordsAreArgon2idAndTheRehashKeepsTheSessionsPasswordVersion() {
        UserService users = newerServer();
        User alice = users.registerFirstSuperUser("alice", "alice-password").orElseThrow();
        assertTrue(Argon2idHash.isArgon2id(alice.passwordHash()));

        User bob = users.addInitialUser("bob", "bob-password-1").orElseThrow();
        assertTrue(Argon2idHash.isArgon2id(bob.passwordHash()));
        User changed = users.changePassword(bob, "bob-password-2");
        assertTrue(Argon2idHash.isArgon2id(changed.passwordHash()));
        assertTrue(users.authenticate("bob", "bob-password-2".toCharArray()).isPresent());
        assertEquals(changed.passwordVersion(), users.findByName("bob").orElseThrow().passwordVersion(),
                "an Argon2id login rehashes nothing");
    }

    @Test
    void withoutLibargon2NewHashesStayPbkdf2AndOneLineSaysWhy() {
        List<String> logged = LoggedLines.of(PasswordHasher.class, Level.INFO,
                () -> assertTrue(PasswordHasher.loadArgon2("libargon2-missing.so.1", "argon2-missing").isEmpty()));

        assertEquals(1, logged.size(), logged::toString);
        assertTrue(logged.get(0).startsWith("Passwords: PBKDF2-SHA256 for new hashes, because libargon2 is not installed"),
                logged::toString);
        PasswordHasher withoutArgon2 = new PasswordHasher(pbkdf2, Optional.empty());
        assertTrue(PasswordHasher.isPbkdf2(withoutArgon2.hash("password".toCharArray())));
        assertFalse(withoutArgon2.needsRehash(withoutArgon2.hash("password".toCharArray())));
    }
}
