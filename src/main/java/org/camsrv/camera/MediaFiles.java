package org.camsrv.camera;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.camsrv.data.AtomicFiles;

/**
 * Names and writes media files under {@code <data>/media/}: raspiCamSrv's timestamp names
 * ({@code 20261128_083000.jpg}), with a counter when several fall in the same second, so a fast
 * burst of photos never overwrites one.
 */
public final class MediaFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private final Path folder;

    public MediaFiles(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /**
     * A free name for {@code time} with this extension, taken at once by an empty file so no other caller gets it.
     * The first camera's files carry raspiCamSrv's names; another camera's add {@code _cam<n>}, so that the
     * media list can tell which camera took a file.
     */
    public synchronized Path newFile(LocalDateTime time, String extension, int cameraNum) throws IOException {
        AtomicFiles.createFolders(folder, AtomicFiles.OWNER_ONLY_DIR);
        String stamp = STAMP.format(time) + (cameraNum > 0 ? "_cam" + cameraNum : "");
        Path candidate = folder.resolve(stamp + "." + extension);
        for (int n = 1; Files.exists(candidate); n++) {
            candidate = folder.resolve(stamp + "_" + n + "." + extension);
        }
        Files.createFile(candidate);
        return candidate;
    }

    /** Writes a whole file at once, atomically, over the reserved name. */
    public void write(Path file, byte[] content) throws IOException {
        AtomicFiles.write(file, content, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
    }
}
