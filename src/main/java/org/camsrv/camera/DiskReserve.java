package org.camsrv.camera;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The free space that photos and videos leave on the media folder's file system. On a Pi the
 * database, the settings and the logs share that card: a full card would make logins, stored
 * settings and the evidence in the log fail, so media stop short of it.
 */
final class DiskReserve {

    private static final long MB = 1024 * 1024;

    private final Path folder;
    private final long reserveBytes;

    DiskReserve(Path folder, long reserveBytes) {
        this.folder = folder;
        this.reserveBytes = reserveBytes;
    }

    /** Free bytes beyond the reserve (negative below it); an unreadable file system counts as full. */
    long spare() {
        try {
            Path existing = folder;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent(); // the media folder is made with the first file
            }
            return existing == null ? -reserveBytes : Files.getFileStore(existing).getUsableSpace() - reserveBytes;
        } catch (IOException e) {
            return -reserveBytes;
        }
    }

    /** Whether {@code bytes} more still leave the reserve free: a recording ends before the frame that would not. */
    boolean hasRoomFor(long bytes) {
        return spare() - bytes > 0;
    }

    /** Refuses {@code what} ("a photo", "a video") when {@code bytes} more would eat into the reserve. */
    void requireRoom(String what, long bytes) throws CameraException {
        long spare = spare();
        if (spare - bytes <= 0) {
            throw new CameraException("Not enough free disk space for " + what + ": " + Math.max(0, spare + reserveBytes) / MB
                    + " MB free, and " + reserveBytes / MB + " MB are kept free for the database, settings and logs");
        }
    }
}
