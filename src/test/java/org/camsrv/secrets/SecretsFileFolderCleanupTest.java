package org.camsrv.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Submit that fails half-way removes the folders it created for the file. File names near the
 * kernel's 255-byte limit make the failures real without root: a folder name over it cannot be
 * created, and a file name just under it leaves no room for the temporary file written beside it.
 */
class SecretsFileFolderCleanupTest {

    /** Fits as a name, but ".<name>.<12 hex>.tmp" does not. */
    private static final String NO_ROOM_FOR_TEMPORARY = "s".repeat(245);
    private static final String TOO_LONG_FOR_A_NAME = "f".repeat(300);

    @TempDir
    Path dir;

    @Test
    void failedWriteRemovesTheNewFoldersAndLeavesTheRest() throws Exception {
        Map<String, String> before = SecretsFixtures.snapshot(dir);
        Path path = dir.resolve("home/.secrets/" + NO_ROOM_FOR_TEMPORARY);
        SecretsFileException e = assertThrows(SecretsFileException.class, () -> new SecretsFile(path).prepare());
        assertTrue(e.getMessage().contains("cannot be written in the folder"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("home")));
        assertEquals(before, SecretsFixtures.snapshot(dir));
    }

    @Test
    void failedFolderCreationRemovesTheFoldersCreatedBeforeIt() throws Exception {
        Map<String, String> before = SecretsFixtures.snapshot(dir);
        Path path = dir.resolve("home/.secrets/" + TOO_LONG_FOR_A_NAME + "/s.secrets");
        SecretsFileException e = assertThrows(SecretsFileException.class, () -> new SecretsFile(path).prepare());
        assertTrue(e.getMessage().startsWith("The folder ") && e.getMessage().contains("cannot be created"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("home")));
        assertEquals(before, SecretsFixtures.snapshot(dir));
    }

    @Test
    void failedWriteIntoAnExistingFolderKeepsThatFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("secrets"));
        Path path = folder.resolve(NO_ROOM_FOR_TEMPORARY);
        SecretsFileException e = assertThrows(SecretsFileException.class, () -> new SecretsFile(path).prepare());
        assertTrue(e.getMessage().contains("cannot be written in the folder"), e.getMessage());
        assertTrue(Files.isDirectory(folder));
        assertFalse(Files.exists(path));
    }

    @Test
    void aFolderThatExistedBeforeIsKeptWithItsFiles() throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        Files.writeString(home.resolve("notes.txt"), "keep");
        Path path = home.resolve(".secrets/" + NO_ROOM_FOR_TEMPORARY);
        assertThrows(SecretsFileException.class, () -> new SecretsFile(path).prepare());
        assertFalse(Files.exists(home.resolve(".secrets")));
        assertTrue(Files.isDirectory(home));
        assertEquals("keep", Files.readString(home.resolve("notes.txt")));
    }
}
