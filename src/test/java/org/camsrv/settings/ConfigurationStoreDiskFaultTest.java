package org.camsrv.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.camsrv.data.Tmpfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Store Configuration and the start option on a disk that is full or mounted read-only: the store
 * fails with a message, and the files from before are byte-for-byte the same and still load.
 */
class ConfigurationStoreDiskFaultTest {

    private static final ServerConfiguration OLD =
            new ServerConfiguration(new ApiSettings(true, "/home/pi/.secrets/raspiCamSrv.secrets", 30, 7));
    /** Over two pages of JSON, so that with one free page the write gets halfway. */
    private static final ServerConfiguration NEW = new ServerConfiguration(
            new ApiSettings(false, "/home/pi/" + "deep/".repeat(2000) + "raspiCamSrv.secrets", 15, 3),
            new GeneralParameters("png", "dng", "avi", false, 40));

    @TempDir
    Path temp;

    private Tmpfs disk;

    @BeforeEach
    void mountSmallDisk() throws IOException {
        disk = Tmpfs.mount(temp.resolve("disk"), 256);
    }

    @AfterEach
    void unmount() {
        if (disk != null) {
            disk.close();
        }
    }

    private Path folder() {
        return disk.path().resolve("config");
    }

    private ConfigurationStore store() {
        return new ConfigurationStore(folder(), Presets.API);
    }

    @Test
    void newConfigurationIsLargerThanOnePage() {
        assertTrue(ServerConfigurationJson.toJson(NEW).toString().length() > 2 * Tmpfs.PAGE);
    }

    @Test
    void fullDiskRefusesTheStoreAndKeepsTheOldConfiguration() throws Exception {
        Stored before = storeOld();
        disk.fill();
        IOException e = assertThrows(IOException.class, () -> store().store(NEW));
        assertClear(e, "No space left on device");
        before.assertUnchanged();
    }

    @Test
    void diskFillingUpHalfwayKeepsTheOldConfiguration() throws Exception {
        Stored before = storeOld();
        disk.fillLeaving(1);
        assertThrows(IOException.class, () -> store().store(NEW));
        before.assertUnchanged();
        assertEquals(Tmpfs.PAGE, disk.freeBytes(), "the torn temporary file still holds space");
    }

    @Test
    void fullDiskRefusesTheStartOptionAndKeepsTheOldOne() throws Exception {
        Stored before = storeOld();
        disk.fill();
        IOException e = assertThrows(IOException.class, () -> store().setStartWithStoredConfiguration(false));
        assertClear(e, "No space left on device");
        before.assertUnchanged();
    }

    @Test
    void storeWorksAgainOnceThereIsRoom() throws Exception {
        storeOld();
        disk.fill();
        assertThrows(IOException.class, () -> store().store(NEW));
        disk.freeSpace();
        store().store(NEW);
        store().setStartWithStoredConfiguration(false);
        assertEquals(Optional.of(NEW), store().load());
        assertFalse(store().startsWithStoredConfiguration());
        assertEquals(List.of("serverConfig.json", "startup.json"), names());
    }

    @Test
    void readOnlyDiskRefusesBothWritesAndChangesNothing() throws Exception {
        Stored before = storeOld();
        disk.remountReadOnly();
        assertClear(assertThrows(IOException.class, () -> store().store(NEW)), "Read-only file system");
        assertClear(assertThrows(IOException.class, () -> store().setStartWithStoredConfiguration(false)),
                "Read-only file system");
        before.assertUnchanged();
    }

    @Test
    void readOnlyDiskWithoutConfigFolderRefusesAndCreatesNothing() throws Exception {
        disk.remountReadOnly();
        assertClear(assertThrows(IOException.class, () -> store().store(NEW)), "Read-only file system");
        assertFalse(Files.exists(folder()));
        assertEquals(Optional.empty(), store().load());
        assertFalse(store().startsWithStoredConfiguration());
    }

    /** The message reaches the Configuration tab after "The configuration could not be stored: ". */
    private static void assertClear(IOException e, String reason) {
        String message = e.getMessage();
        assertTrue(message.contains(reason), message);
        assertFalse(message.contains("Exception"), message);
        assertFalse(message.contains("\n"), message);
    }

    private Stored storeOld() throws Exception {
        store().store(OLD);
        store().setStartWithStoredConfiguration(true);
        return new Stored(Files.readAllBytes(store().configurationFile()), Files.readAllBytes(store().startupFile()));
    }

    /** The config folder's entries, without the filler that lives beside it. */
    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private final class Stored {
        private final byte[] configuration;
        private final byte[] startup;

        Stored(byte[] configuration, byte[] startup) {
            this.configuration = configuration;
            this.startup = startup;
        }

        void assertUnchanged() throws Exception {
            assertArrayEquals(configuration, Files.readAllBytes(store().configurationFile()));
            assertArrayEquals(startup, Files.readAllBytes(store().startupFile()));
            assertEquals(Optional.of(OLD), store().load());
            assertTrue(store().startsWithStoredConfiguration());
            assertEquals(PosixFilePermissions.fromString("rw-------"),
                    Files.getPosixFilePermissions(store().configurationFile()));
            assertEquals(List.of("serverConfig.json", "startup.json"), names(), "a temporary file was left behind");
        }
    }
}
