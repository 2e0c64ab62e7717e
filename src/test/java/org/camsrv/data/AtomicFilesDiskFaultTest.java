package org.camsrv.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write beneath every stored file, on a real full or read-only disk: the old file or the new one, nothing else. */
class AtomicFilesDiskFaultTest {

    private static final byte[] OLD = "old content\n".getBytes(StandardCharsets.UTF_8);
    /** Three pages: with one page free the write starts, then fails. */
    private static final byte[] NEW = "n".repeat(3 * Tmpfs.PAGE).getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;

    private Tmpfs disk;
    private Path target;

    @BeforeEach
    void mountSmallDisk() throws IOException {
        disk = Tmpfs.mount(temp.resolve("disk"), 128);
        target = disk.path().resolve("file.json");
        AtomicFiles.write(target, OLD, AtomicFiles.OWNER_ONLY);
    }

    @AfterEach
    void unmount() {
        if (disk != null) {
            disk.close();
        }
    }

    @Test
    void fullDiskKeepsTheOldFileAndLeavesNoTemporaryFile() throws Exception {
        disk.fill();
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, NEW, AtomicFiles.OWNER_ONLY));
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertUnchanged();
    }

    @Test
    void diskFillingUpHalfwayKeepsTheOldFileAndGivesTheSpaceBack() throws Exception {
        disk.fillLeaving(1);
        assertThrows(IOException.class, () -> AtomicFiles.write(target, NEW, AtomicFiles.OWNER_ONLY));
        assertUnchanged();
        // The torn temporary file was deleted, not just unlinked while open: its page is free again.
        assertEquals(Tmpfs.PAGE, disk.freeBytes());
    }

    @Test
    void readOnlyDiskKeepsTheOldFile() throws Exception {
        disk.remountReadOnly();
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, NEW, AtomicFiles.OWNER_ONLY));
        assertTrue(e.getMessage().contains("Read-only file system"), e.getMessage());
        assertUnchanged();
    }

    @Test
    void writeSucceedsOnceThereIsRoomAgain() throws Exception {
        disk.fill();
        assertThrows(IOException.class, () -> AtomicFiles.write(target, NEW, AtomicFiles.OWNER_ONLY));
        disk.freeSpace();
        AtomicFiles.write(target, NEW, AtomicFiles.OWNER_ONLY);
        assertArrayEquals(NEW, Files.readAllBytes(target));
        assertEquals(List.of("file.json"), names());
    }

    private void assertUnchanged() throws IOException {
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(target));
        assertEquals(List.of("file.json"), names());
    }

    /** The files beside the target, the filler left out. */
    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(disk.path())) {
            return files.map(p -> p.getFileName().toString()).filter(name -> !name.equals(".filler")).sorted().toList();
        }
    }
}
