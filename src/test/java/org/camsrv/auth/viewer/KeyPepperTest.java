package org.camsrv.auth.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyPepperTest {

    @TempDir
    Path data;

    private final SecureRandom random = new SecureRandom();

    @Test
    void thePepperIsMadeOwnerOnlyAtFirstUseAndKeptAfterwards() throws IOException {
        Path file = data.resolve("secrets/viewer-keys.pepper");
        byte[] first = KeyPepper.loadOrCreate(file, random);
        assertEquals(KeyPepper.BYTES, first.length);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertArrayEquals(first, KeyPepper.loadOrCreate(file, random), "a second start reads the same pepper");
        try (var left = Files.list(file.getParent())) {
            assertEquals(1, left.count(), "no temporary file is left beside it");
        }
    }

    @Test
    void aDamagedPepperIsNamedNotReplaced() throws IOException {
        Path file = data.resolve("viewer-keys.pepper");
        Files.writeString(file, "not base64 at all!\n");
        IOException damaged = assertThrows(IOException.class, () -> KeyPepper.loadOrCreate(file, random));
        assertEquals(file + " is damaged: it is not base64", damaged.getMessage());
        Files.writeString(file, "AAAA\n");
        assertThrows(IOException.class, () -> KeyPepper.loadOrCreate(file, random));
        assertEquals("AAAA\n", Files.readString(file), "the file is left for the owner to look at");
    }
}
