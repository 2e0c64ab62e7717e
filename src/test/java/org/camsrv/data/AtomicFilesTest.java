package org.camsrv.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void aReplaceRemovesOldLeftoversOfKilledWritesButNotFreshOnes() throws IOException {
        Path target = folder.resolve("serverConfig.json");
        Path old = Files.writeString(folder.resolve(".serverConfig.json.0123456789ab.tmp"), "old key");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600)));
        Path fresh = Files.writeString(folder.resolve(".serverConfig.json.ba9876543210.tmp"), "a write going on");
        Path other = Files.writeString(folder.resolve(".startup.json.0123456789ab.tmp"), "another file's");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minusSeconds(3600)));

        AtomicFiles.replace(target, "{}".getBytes(), AtomicFiles.OWNER_ONLY);

        assertEquals("{}", Files.readString(target));
        assertFalse(Files.exists(old), "a leftover of a killed write is removed");
        assertTrue(Files.exists(fresh), "a temporary file younger than a minute may be another write's");
        assertTrue(Files.exists(other), "only this file's leftovers");
    }

    @Test
    void namesWithGlobCharactersAreReplacedAndCleanedLikeAnyOther() throws IOException {
        Path target = folder.resolve("my[secrets{.json");
        Path old = Files.writeString(folder.resolve(".my[secrets{.json.0123456789ab.tmp"), "old key");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600)));

        AtomicFiles.replace(target, "{}".getBytes(), AtomicFiles.OWNER_ONLY);

        assertEquals("{}", Files.readString(target));
        assertFalse(Files.exists(old));
    }

    @Test
    void aFailedWriteNamesTheTargetNotTheTemporaryFile() {
        Path target = folder.resolve("missing-folder/serverConfig.json");

        IOException refused = assertThrows(IOException.class, () -> AtomicFiles.write(target, "{}".getBytes(), AtomicFiles.OWNER_ONLY));

        assertTrue(refused.getMessage().startsWith(target.toString()), refused.getMessage());
        assertFalse(refused.getMessage().contains(".tmp"), refused.getMessage());
    }
}
