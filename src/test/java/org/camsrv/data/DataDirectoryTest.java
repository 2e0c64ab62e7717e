package org.camsrv.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path folder;

    @Test
    void aDataDirectoryAndLogsFolderLibertyMadeOpenAreMadeOwnerOnly() throws Exception {
        Path root = Files.createDirectories(folder.resolve("camsrv"));
        Path logs = Files.createDirectories(root.resolve("logs"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxr-x---"));

        DataDirectory data = new DataDirectory();
        data.configured = Optional.of(root.toString());
        data.resolve();

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(root)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(logs)));
    }

    @Test
    void aNewDataDirectoryIsOwnerOnly() throws Exception {
        DataDirectory data = new DataDirectory();
        data.configured = Optional.of(folder.resolve("new/camsrv").toString());
        data.resolve();

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.root())));
    }
}
