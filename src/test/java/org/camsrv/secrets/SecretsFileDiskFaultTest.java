package org.camsrv.secrets;

import static org.camsrv.secrets.SecretsFixtures.RASPI_SECRET;
import static org.camsrv.secrets.SecretsFixtures.file;
import static org.camsrv.secrets.SecretsFixtures.permissions;
import static org.camsrv.secrets.SecretsFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camsrv.data.AtomicFiles;
import org.camsrv.data.Tmpfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Submit on a disk that is full or mounted read-only: a message the page can show, and the
 * secrets folder exactly as it was (bytes, mode 0600, modification time, no temporary file).
 */
class SecretsFileDiskFaultTest {

    /** Sections of another program that completing the file must carry over; padded past one page. */
    private static final JsonObject INCOMPLETE = Json.createObjectBuilder()
            .add("eventnotification", Json.createObjectBuilder().add("host", "smtp.example.org")
                    .add("password", "pä$$wörd").add("notes", "n".repeat(5000)))
            .add("jwtSecrets", Json.createObjectBuilder().add("jwtSecretKey", RASPI_SECRET))
            .build();

    @TempDir
    Path temp;

    private Tmpfs disk;
    private Path dir;

    @BeforeEach
    void mountSmallDisk() throws IOException {
        disk = Tmpfs.mount(temp.resolve("disk"), 256);
        dir = disk.path().resolve("secrets");
        AtomicFiles.createFolders(dir, AtomicFiles.OWNER_ONLY_DIR);
    }

    @AfterEach
    void unmount() {
        if (disk != null) {
            disk.close();
        }
    }

    /** Runs prepare() on {@code path}, checks that nothing in the secrets folder changed, and returns the message. */
    private String refused(Path path) throws Exception {
        Map<String, String> before = snapshot(dir);
        SecretsFileException e = assertThrows(SecretsFileException.class, () -> new SecretsFile(path).prepare());
        assertEquals(before, snapshot(dir));
        String message = e.getMessage();
        assertTrue(message.contains(path.getParent().toString()), message);
        assertFalse(message.contains("Exception"), message);
        assertFalse(message.contains("\tat "), message);
        assertFalse(message.contains("\n"), message);
        assertFalse(message.contains(RASPI_SECRET), message);
        assertFalse(message.contains("-----BEGIN"), message);
        assertFalse(message.contains("pä$$wörd"), message);
        return message;
    }

    @Test
    void fullDiskRefusesANewFileAndCreatesNothing() throws Exception {
        disk.fill();
        String message = refused(dir.resolve("raspiCamSrv.secrets"));
        assertTrue(message.contains("cannot be written"), message);
    }

    @Test
    void fullDiskRefusesANewFileInNewFoldersAndRemovesTheFolders() throws Exception {
        disk.fill();
        String message = refused(dir.resolve("home/.secrets/raspiCamSrv.secrets"));
        assertTrue(message.contains("cannot be written"), message);
        assertEquals(Set.of(), names(dir));
    }

    @Test
    void fullDiskRefusesCompletingAndKeepsTheFileByteForByte() throws Exception {
        Path path = file(dir, "raspiCamSrv.secrets", INCOMPLETE);
        disk.fill();
        SecretsFileException e = assertThrows(SecretsFileException.class, () -> new SecretsFile(path).prepare());
        assertInstanceOf(IOException.class, e.getCause(), "the I/O error stays attached for the log");
        refused(path);
        assertEquals("rw-------", permissions(path));
    }

    @Test
    void diskFillingUpHalfwayKeepsTheFileByteForByte() throws Exception {
        Path path = file(dir, "raspiCamSrv.secrets", INCOMPLETE);
        assertTrue(Files.size(path) > Tmpfs.PAGE);
        disk.fillLeaving(1);
        refused(path);
        assertEquals("rw-------", permissions(path));
        assertEquals(Tmpfs.PAGE, disk.freeBytes(), "the torn temporary file still holds space");
    }

    @Test
    void prepareWorksAgainOnceThereIsRoom() throws Exception {
        Path path = file(dir, "raspiCamSrv.secrets", INCOMPLETE);
        disk.fill();
        refused(path);
        disk.freeSpace();
        JwtKeys keys = new SecretsFile(path).prepare();
        assertEquals(keys.keyId(), new SecretsFile(path).prepare().keyId());
        assertEquals(RASPI_SECRET, SecretsFixtures.section(path, "jwtSecretKey"));
        assertEquals(INCOMPLETE.get("eventnotification"), SecretsFixtures.json(path).get("eventnotification"));
        assertEquals("rw-------", permissions(path));
        assertEquals(Set.of("raspiCamSrv.secrets"), names(dir));
    }

    @Test
    void readOnlyDiskRefusesANewFile() throws Exception {
        disk.remountReadOnly();
        String message = refused(dir.resolve("raspiCamSrv.secrets"));
        assertTrue(message.contains("cannot be written"), message);
    }

    @Test
    void readOnlyDiskRefusesANewFolder() throws Exception {
        disk.remountReadOnly();
        String message = refused(dir.resolve("sub/raspiCamSrv.secrets"));
        assertTrue(message.contains("cannot be created"), message);
    }

    @Test
    void readOnlyDiskRefusesCompletingAndKeepsTheFileByteForByte() throws Exception {
        Path path = file(dir, "raspiCamSrv.secrets", INCOMPLETE);
        disk.remountReadOnly();
        String message = refused(path);
        assertTrue(message.contains("cannot be written"), message);
        assertEquals("rw-------", permissions(path));
    }

    @Test
    void readOnlyDiskFailsTheFormCheckToo() throws Exception {
        Path path = file(dir, "raspiCamSrv.secrets", INCOMPLETE);
        disk.remountReadOnly();
        assertThrows(SecretsFileException.class, () -> new SecretsFile(path).check());
    }

    @Test
    void completeFileOnAReadOnlyDiskStillServesItsKeys() throws Exception {
        Path path = file(dir, "raspiCamSrv.secrets", SecretsFixtures.complete(RASPI_SECRET, SecretsFixtures.p256Pair()));
        Map<String, String> before = snapshot(dir);
        disk.remountReadOnly();
        JwtKeys keys = new SecretsFile(path).prepare();
        new SecretsFile(path).check();
        assertEquals(keys.keyId(), new SecretsFile(path).prepare().keyId());
        assertEquals(before, snapshot(dir));
    }

    private static Set<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
