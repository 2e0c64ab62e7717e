package org.camsrv.secrets;

import static org.camsrv.secrets.SecretsFixtures.RASPI_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camsrv.data.Tmpfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder that cannot be written is refused before any key is generated, with a message naming
 * the folder, by Submit and by the form check alike. Root writes into any folder whatever its mode,
 * so the folder here is on a file system mounted read-only (needs root; without it this is skipped,
 * and SecretsFilePathTest checks the same with a read-only mode instead).
 */
class SecretsFileReadOnlyFolderTest {

    @TempDir
    Path temp;

    private Tmpfs disk;
    private Path folder;
    private Path incomplete;
    private Path complete;

    @BeforeEach
    void mountReadOnly() throws IOException {
        disk = Tmpfs.mount(temp.resolve("disk"), 64);
        folder = Files.createDirectory(disk.path().resolve("secrets"));
        incomplete = SecretsFixtures.file(folder, "raspi.secrets", SecretsFixtures.secrets(RASPI_SECRET, null, null));
        complete = SecretsFixtures.file(folder, "complete.secrets",
                SecretsFixtures.complete(RASPI_SECRET, SecretsFixtures.p256Pair()));
        disk.remountReadOnly();
    }

    @AfterEach
    void unmount() {
        if (disk != null) {
            disk.close();
        }
    }

    private String refusedByPrepareAndCheck(Path path) throws IOException {
        Map<String, String> before = SecretsFixtures.snapshot(disk.path());
        SecretsFileException prepare = assertThrows(SecretsFileException.class, () -> new SecretsFile(path).prepare());
        assertThrows(SecretsFileException.class, () -> new SecretsFile(path).check(), "check() must refuse what prepare() refuses");
        assertEquals(before, SecretsFixtures.snapshot(disk.path()));
        return prepare.getMessage();
    }

    @Test
    void newFileInAReadOnlyFolderIsRefusedNamingTheFolder() throws Exception {
        String message = refusedByPrepareAndCheck(folder.resolve("new.secrets"));
        assertTrue(message.startsWith("The folder " + folder + " cannot be written"), message);
    }

    @Test
    void incompleteFileInAReadOnlyFolderIsRefusedNamingTheFolder() throws Exception {
        String message = refusedByPrepareAndCheck(incomplete);
        assertTrue(message.startsWith("The folder " + folder + " cannot be written"), message);
    }

    @Test
    void newSubfolderOfAReadOnlyFolderIsRefusedNamingTheFolderThatStopsIt() throws Exception {
        String message = refusedByPrepareAndCheck(folder.resolve("sub/new.secrets"));
        assertTrue(message.endsWith(folder + " cannot be written"), message);
    }

    @Test
    void completeFileInAReadOnlyFolderIsAcceptedBecauseNothingNeedsWriting() throws Exception {
        new SecretsFile(complete).check();
        assertEquals(RASPI_SECRET, SecretsFixtures.section(complete, "jwtSecretKey"));
        new SecretsFile(complete).prepare();
    }
}
