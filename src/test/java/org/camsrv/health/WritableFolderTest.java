package org.camsrv.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data directory's write is tried at most once a minute, and a folder that takes no file is reported. */
class WritableFolderTest {

    @TempDir
    Path folder;

    private Instant now = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void oneWriteAMinute() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        WritableFolder check = new WritableFolder(() -> {
            asked.incrementAndGet();
            return folder;
        }, () -> now);
        for (int i = 0; i < 10; i++) {
            assertTrue(check.isWritable());
        }
        assertEquals(1, asked.get());
        now = now.plusSeconds(59);
        assertTrue(check.isWritable());
        assertEquals(1, asked.get());
        now = now.plusSeconds(1);
        assertTrue(check.isWritable());
        assertEquals(2, asked.get());
        try (var left = Files.list(folder)) {
            assertEquals(0, left.count(), "the probe file is gone");
        }
    }

    @Test
    void aMissingFolderIsNotWritable() {
        assertFalse(new WritableFolder(() -> folder.resolve("gone"), () -> now).isWritable());
    }
}
