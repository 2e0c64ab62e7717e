package org.camsrv.ui;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The room left on the disk that holds a folder; photos and videos fail once it is gone. */
record DiskSpace(long usable, long total) {

    /** Below this, or below a tenth of the disk, the Info page warns. */
    static final long LOW_BYTES = 500L * 1000 * 1000;

    static DiskSpace of(Path folder) throws IOException {
        FileStore store = Files.getFileStore(folder);
        return new DiskSpace(store.getUsableSpace(), store.getTotalSpace());
    }

    boolean isAlmostFull() {
        return usable < LOW_BYTES || usable < total / 10;
    }

    /** The line above the facts when the disk is almost full. */
    Optional<String> warning() {
        return isAlmostFull() ? Optional.of("The disk of the data folder is almost full: " + FactFormat.bytes(usable)
                + " free. Photos and videos fail once it is full.") : Optional.empty();
    }

    /** "12.3 GB of 31.9 GB (39 %)". */
    String describe() {
        long percent = total == 0 ? 0 : Math.round(100.0 * usable / total);
        return FactFormat.bytes(usable) + " of " + FactFormat.bytes(total) + " (" + percent + " %)";
    }
}
