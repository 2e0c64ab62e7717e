package org.camsrv.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.camsrv.log.SafeLog;

/**
 * Whether a folder takes a new file, found by writing and removing one, but at most once a minute:
 * health is asked every few seconds, and a file per call wears an SD card. Permissions alone would
 * not show a full or read-only disk, so the real write stays.
 */
final class WritableFolder {

    static final Duration RECHECK_AFTER = Duration.ofMinutes(1);

    private static final SafeLog LOG = SafeLog.of(WritableFolder.class);

    private final Supplier<Path> folder;
    private final Supplier<Instant> clock;
    private Instant checkedAt;
    private boolean writable;

    /** @param clock the time now (a test moves it) */
    WritableFolder(Supplier<Path> folder, Supplier<Instant> clock) {
        this.folder = folder;
        this.clock = clock;
    }

    synchronized boolean isWritable() {
        Instant now = clock.get();
        if (checkedAt == null || !now.isBefore(checkedAt.plus(RECHECK_AFTER))) {
            writable = probe();
            checkedAt = now;
        }
        return writable;
    }

    private boolean probe() {
        try {
            Path file = Files.createTempFile(folder.get(), ".ready-", ".tmp");
            Files.delete(file);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.fine(() -> "Readiness: the data directory takes no new file: " + e.getMessage());
            return false;
        }
    }
}
