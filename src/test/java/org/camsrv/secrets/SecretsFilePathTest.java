package org.camsrv.secrets;

import static org.camsrv.secrets.SecretsFixtures.file;
import static org.camsrv.secrets.SecretsFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths and folders that are refused before anything is read or created. */
class SecretsFilePathTest {
    // Equivalent mutant PIT leaves alive: SecretsPath.requireUsable's NUL check with "> 0" for ">= 0";
    // the default file system makes no Path with a NUL, so only SecretsFile.of's own check can see one.

    @TempDir
    Path dir;

    @AfterEach
    void makeWritableForCleanup() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }

    private String refused(SecretsFile file) throws Exception {
        Map<String, String> before = snapshot(dir);
        SecretsFileException e = assertThrows(SecretsFileException.class, file::prepare);
        assertEquals(before, snapshot(dir));
        return e.getMessage();
    }

    @Test
    void relativePathIsRefusedAndNothingIsCreated() throws Exception {
        Path relative = Path.of("camsrv-relative-test-folder/s.secrets");
        assertTrue(refused(new SecretsFile(relative)).contains("not absolute"));
        assertFalse(Files.exists(Path.of("camsrv-relative-test-folder")));
    }

    @Test
    void dotDotSegmentIsRefusedAndNothingIsCreated() throws Exception {
        Files.createDirectory(dir.resolve("sub"));
        Path path = Path.of(dir + "/sub/../new/s.secrets");
        assertTrue(refused(new SecretsFile(path)).contains(".."));
    }

    @Test
    void nulCharacterIsRefused() {
        SecretsFileException e = assertThrows(SecretsFileException.class, () -> SecretsFile.of(dir + "/s\0.secrets"));
        assertTrue(e.getMessage().contains("NUL"));
    }

    @Test
    void nulCharacterAtTheStartIsRefusedAsNul() {
        SecretsFileException e = assertThrows(SecretsFileException.class, () -> SecretsFile.of("\0" + dir + "/s.secrets"));
        assertTrue(e.getMessage().contains("NUL"), e.getMessage());
    }

    @Test
    void typedAbsolutePathNamesTheFileThatIsCreated() throws Exception {
        SecretsFile.of(dir + "/typed/s.secrets").prepare();
        assertTrue(Files.isRegularFile(dir.resolve("typed/s.secrets")));
    }

    @Test
    void blankPathStringIsRefused() {
        assertThrows(SecretsFileException.class, () -> SecretsFile.of("  "));
    }

    @Test
    void folderBelowAFileIsRefused() throws Exception {
        Path plain = file(dir, "plain", "{}");
        String message = refused(new SecretsFile(plain.resolve("sub/s.secrets")));
        assertTrue(message.contains("cannot be created") && message.contains("is not a folder"), message);
    }

    @Test
    void fileBelowAFileIsRefused() throws Exception {
        Path plain = file(dir, "plain", "{}");
        assertTrue(refused(new SecretsFile(plain.resolve("s.secrets"))).contains("is not a folder"));
    }

    @Test
    void folderThatCannotBeCreatedIsReported() {
        // procfs refuses new folders even to root, so this runs everywhere there is a /proc.
        assumeTrue(Files.isDirectory(Path.of("/proc/self")));
        Path path = Path.of("/proc/camsrv-no-such-folder/s.secrets");
        SecretsFileException e = assertThrows(SecretsFileException.class, () -> new SecretsFile(path).prepare());
        assertTrue(e.getMessage().contains("cannot be created"), e.getMessage());
        assertFalse(Files.exists(path.getParent()));
    }

    @Test
    void unwritableParentFolderIsRefusedByPrepareAndCheckAndNothingChanges() throws Exception {
        assumeFalse(SecretsFixtures.isRoot(), "root writes into any folder, whatever its mode");
        Path incomplete = file(dir, "s.secrets", "{}");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
        String message = refused(new SecretsFile(dir.resolve("new/s.secrets")));
        assertTrue(message.contains("cannot be created"), message);
        message = refused(new SecretsFile(dir.resolve("t.secrets")));
        assertTrue(message.contains("cannot be written"), message);
        message = refused(new SecretsFile(incomplete));
        assertTrue(message.contains("cannot be written"), message);
        assertThrows(SecretsFileException.class, () -> new SecretsFile(dir.resolve("new/s.secrets")).check());
        assertThrows(SecretsFileException.class, () -> new SecretsFile(incomplete).check());
        assertEquals("{}", Files.readString(incomplete));
    }

    @Test
    void unreadableFileIsRefused() throws Exception {
        assumeFalse(SecretsFixtures.isRoot(), "root reads any file");
        Path path = file(dir, "s.secrets", "{}");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("-w-------"));
        SecretsFileException e = assertThrows(SecretsFileException.class, () -> new SecretsFile(path).prepare());
        assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        assertEquals("{}", Files.readString(path));
        assertEquals(SecretsFixtures.OLD_TIME, Files.getLastModifiedTime(path));
    }
}
