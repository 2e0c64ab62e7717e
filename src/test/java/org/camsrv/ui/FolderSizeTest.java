package org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSizeTest {

    @TempDir
    Path folder;

    @Test
    void countsTheBytesOfEveryFileBelowTheFolder() throws Exception {
        Files.write(folder.resolve("a.jpg"), new byte[1500]);
        Files.write(Files.createDirectories(folder.resolve("old")).resolve("b.avi"), new byte[500]);
        FolderSize size = FolderSize.of(folder, 10);
        assertEquals(new FolderSize(2000, 2, true), size);
        assertEquals("2.0 kB in 2 files", size.describe());
    }

    @Test
    void stopsAtTheLimitAndSaysAtLeast() throws Exception {
        for (int n = 0; n < 5; n++) {
            Files.write(folder.resolve(n + ".jpg"), new byte[100]);
        }
        FolderSize size = FolderSize.of(folder, 3);
        assertEquals(new FolderSize(300, 3, false), size);
        assertEquals("at least 300 bytes in 3 files (counting stopped there)", size.describe());
    }

    @Test
    void exactlyAsManyFilesAsTheLimitIsACompleteCount() throws Exception {
        Files.write(folder.resolve("only.jpg"), new byte[10]);
        assertEquals("10 bytes in 1 file", FolderSize.of(folder, 1).describe());
    }

    @Test
    void aMediaFolderNotMadeYetIsEmpty() throws Exception {
        assertEquals(new FolderSize(0, 0, true), FolderSize.of(folder.resolve("media"), 10));
    }
}
