package org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskSpaceTest {

    private static final long GB = 1000L * 1000 * 1000;

    @Test
    void aDiskWithPlentyLeftGivesNoWarning() {
        DiskSpace disk = new DiskSpace(12 * GB, 32 * GB);
        assertFalse(disk.isAlmostFull());
        assertTrue(disk.warning().isEmpty());
        assertEquals("12.0 GB of 32.0 GB (38 %)", disk.describe());
    }

    @Test
    void lessThanATenthLeftWarns() {
        DiskSpace disk = new DiskSpace(3 * GB, 32 * GB);
        assertTrue(disk.isAlmostFull());
        assertEquals("The disk of the data folder is almost full: 3.0 GB free. Photos and videos fail once it is full.",
                disk.warning().orElseThrow());
    }

    @Test
    void lessThanHalfAGigabyteLeftWarnsEvenOnASmallDisk() {
        assertTrue(new DiskSpace(499_000_000, 2 * GB).isAlmostFull());
        assertFalse(new DiskSpace(DiskSpace.LOW_BYTES, 2 * GB).isAlmostFull());
    }

    @Test
    void aRealFolderHasADiskWithRoomOnIt(@TempDir Path folder) throws Exception {
        DiskSpace disk = DiskSpace.of(folder);
        assertTrue(disk.total() > 0 && disk.usable() <= disk.total(), disk.toString());
    }
}
