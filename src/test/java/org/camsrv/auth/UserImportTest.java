package org.camsrv.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.camsrv.data.DataDirectory;
import org.camsrv.migration.RaspiCamSrvDatabase;
import org.camsrv.migration.RaspiCamSrvImportException;
import org.camsrv.migration.SkippedUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** raspiCamSrv's users come over with their flags and old passwords, once, and are rehashed at their first login. */
class UserImportTest {

    @TempDir
    Path folder;

    private Path raspiCamSrv;
    private UserService users;

    @BeforeEach
    void raspiCamSrvWithThreeUsers() throws Exception {
        raspiCamSrv = RaspiCamSrvDatabase.create(folder.resolve("raspiCamSrv.sqlite"))
                .user("pi", RaspiCamSrvDatabase.SECRET_PBKDF2, true, false)
                .user("bob", RaspiCamSrvDatabase.SECRET_SCRYPT, false, false)
                .user("carol", RaspiCamSrvDatabase.NON_ASCII_PBKDF2, false, true)
                .user("mallory", "plain-text-password", false, false)
                .file();
        users = AuthFixtures.openUserService(folder.resolve("camsrv"));
    }

    @Test
    void usersComeOverWithTheirFlags() throws Exception {
        UserImport.Report report = users.importRaspiCamSrvUsers(raspiCamSrv);

        assertEquals(List.of("bob", "carol", "pi"), report.imported().stream().sorted().toList());
        assertEquals(List.of("mallory"), report.skipped().stream().map(SkippedUser::name).toList());
        User pi = users.findByName("pi").orElseThrow();
        assertTrue(pi.superUser());
        assertFalse(pi.initial());
        assertTrue(users.findByName("carol").orElseThrow().initial());
        assertFalse(users.findByName("bob").orElseThrow().superUser());
        assertFalse(users.hasNoUsers());
        assertTrue(report.summary().startsWith("3 users imported: "), report.summary());
    }

    @Test
    void oldPasswordsWorkOnceAndAreThenRehashed() throws Exception {
        users.importRaspiCamSrvUsers(raspiCamSrv);
        String importedHash = users.findByName("bob").orElseThrow().passwordHash();

        assertTrue(users.authenticate("bob", "secret".toCharArray()).isPresent(), "scrypt from werkzeug 3");
        String ownHash = users.findByName("bob").orElseThrow().passwordHash();
        assertFalse(PasswordHasher.isImported(ownHash), "rehashed to CamSrv's scheme");
        assertNotEquals(importedHash, ownHash);
        assertTrue(users.authenticate("bob", "secret".toCharArray()).isPresent(), "and the new hash works");

        assertTrue(users.authenticate("pi", "secret".toCharArray()).isPresent(), "pbkdf2 from werkzeug 2.3");
        assertTrue(users.authenticate("carol", "pässwörd✓".toCharArray()).isPresent());
        assertTrue(users.findByName("carol").orElseThrow().initial(), "an Initial user stays Initial after the rehash");
    }

    @Test
    void aWrongPasswordKeepsTheImportedHash() throws Exception {
        users.importRaspiCamSrvUsers(raspiCamSrv);

        assertEquals(Optional.empty(), users.authenticate("pi", "guess".toCharArray()));
        assertEquals(RaspiCamSrvDatabase.SECRET_PBKDF2, users.findByName("pi").orElseThrow().passwordHash());
    }

    @Test
    void aSecondImportImportsNothingAndKeepsChangedPasswords() throws Exception {
        users.importRaspiCamSrvUsers(raspiCamSrv);
        users.changePassword(users.findByName("pi").orElseThrow(), "a-new-password-for-pi");

        UserImport.Report again = users.importRaspiCamSrvUsers(raspiCamSrv);

        assertEquals(List.of(), again.imported());
        assertEquals(3, again.skipped().stream().filter(s -> s.reason().equals("exists already")).count(), again.summary());
        assertTrue(users.authenticate("pi", "a-new-password-for-pi".toCharArray()).isPresent());
        assertEquals(3, users.listUsers().size(), "pi, bob and carol; mallory never");
    }

    @Test
    void theRaspiCamSrvFileIsOnlyRead() throws Exception {
        byte[] before = Files.readAllBytes(raspiCamSrv);
        var modified = Files.getLastModifiedTime(raspiCamSrv);

        users.importRaspiCamSrvUsers(raspiCamSrv);
        users.authenticate("bob", "secret".toCharArray());

        assertArrayEquals(before, Files.readAllBytes(raspiCamSrv));
        assertEquals(modified, Files.getLastModifiedTime(raspiCamSrv));
    }

    @Test
    void aMissingFileIsRefusedWithAMessageAndNothingChanges() {
        RaspiCamSrvImportException refused = assertThrows(RaspiCamSrvImportException.class,
                () -> users.importRaspiCamSrvUsers(folder.resolve("nowhere.sqlite")));
        assertFalse(refused.getMessage().isBlank());
        assertTrue(users.hasNoUsers());
        assertFalse(Files.exists(folder.resolve("nowhere.sqlite")));
    }

    @Test
    void theCommandLineFormImportsIntoADataDirectory() throws Exception {
        Path data = folder.resolve("cli-data");

        String summary = UserImportCommand.run(raspiCamSrv, DataDirectory.at(Optional.of(data.toString())));

        assertTrue(summary.startsWith("3 users imported"), summary);
        assertTrue(Files.isRegularFile(data.resolve("db/camsrv.sqlite")));
        assertTrue(UserImportCommand.run(raspiCamSrv, DataDirectory.at(Optional.of(data.toString()))).startsWith("No user imported"), "nothing twice");
    }

    @Test
    void aRunningServerSeesUsersTheCommandLineImported() throws Exception {
        assertTrue(users.hasNoUsers());

        UserImportCommand.run(raspiCamSrv, DataDirectory.at(Optional.of(folder.resolve("camsrv").toString())));

        assertFalse(users.hasNoUsers(), "no longer sends everybody to /register");
        User bob = users.authenticate("bob", "secret".toCharArray()).orElseThrow();
        assertTrue(users.isCurrentUser("bob", bob.id()), "tokens of an imported user are accepted");
    }

    @Test
    void aRehashNeverUndoesAPasswordChangedMeanwhile() throws Exception {
        users.importRaspiCamSrvUsers(raspiCamSrv);
        User bob = users.findByName("bob").orElseThrow();
        UserStore store = new UserStore(AuthFixtures.dataDirectoryAt(folder.resolve("camsrv")).database());
        store.setPassword(bob.id(), "changed-meanwhile", false);

        assertFalse(store.replacePasswordHash(bob.id(), RaspiCamSrvDatabase.SECRET_SCRYPT, "rehashed"));
        assertEquals("changed-meanwhile", users.findByName("bob").orElseThrow().passwordHash());
    }

    @Test
    void hostileNamesAreShownShortAndWithoutLineBreaks() throws Exception {
        Path hostile = RaspiCamSrvDatabase.create(folder.resolve("hostile.sqlite"))
                .user("evil\nINFO: forged log line", "plain", false, false)
                .user("x".repeat(10_000), RaspiCamSrvDatabase.SECRET_PBKDF2, true, false)
                .user("ok", "pbkdf2:sha256:600000$salt$" + "ab".repeat(100_000), false, false)
                .file();

        UserImport.Report report = users.importRaspiCamSrvUsers(hostile);

        assertEquals(List.of(), report.imported());
        assertEquals(3, report.skipped().size(), report.summary());
        assertFalse(report.summary().contains("\n"), report.summary());
        assertTrue(report.summary().length() < 400, "names are shortened: " + report.summary().length());
        assertTrue(report.summary().contains("user name too long"), report.summary());
        assertTrue(report.summary().contains("password hash too long"), report.summary());
        assertTrue(users.hasNoUsers());
    }

    @Test
    void aPipeIsRefusedInsteadOfBlocking() throws Exception {
        Path pipe = folder.resolve("pipe.sqlite");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "skipped: mkfifo is not available");

        RaspiCamSrvImportException refused = assertThrows(RaspiCamSrvImportException.class,
                () -> users.importRaspiCamSrvUsers(pipe));
        assertTrue(refused.getMessage().contains("not a regular file"), refused.getMessage());
    }

    @Test
    void theSummaryCountsImportedAndSkippedUsersInWords() {
        assertEquals("No user imported", new UserImport.Report(List.of(), List.of()).summary());
        assertEquals("1 user imported: bob", new UserImport.Report(List.of("bob"), List.of()).summary());
        assertEquals("2 users imported: bob, carol; 1 skipped: eve (exists already)",
                new UserImport.Report(List.of("bob", "carol"), List.of(new SkippedUser("eve", "exists already"))).summary());
    }
}
