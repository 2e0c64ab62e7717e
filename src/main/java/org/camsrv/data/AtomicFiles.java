package org.camsrv.data;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Writes a file so that a reader (or a restart after a crash) sees either the old or the new
 * content, never a torn one: the bytes go to a temporary file in the same folder, are forced to
 * disk, and the temporary file is renamed over the target.
 */
public final class AtomicFiles {

    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Length of the random part of a temporary file's name, in hex digits. */
    private static final int TEMP_ID_HEX = 12;

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with {@code content}. The temporary file is created with
     * {@code permissions} from the start, so secret content is never readable by others, not
     * even for a moment.
     */
    public static void write(Path target, byte[] content, Set<PosixFilePermission> permissions) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = folder.resolve("." + target.getFileName() + "." + HexFormat.of().formatHex(randomBytes()) + ".tmp");
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(permissions));
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            // The umask may have narrowed the mode given at creation; set it exactly.
            Files.setPosixFilePermissions(temp, permissions);
            move(temp, target);
            forceFolder(folder);
        } catch (java.nio.file.FileSystemException e) {
            // Name the file the user knows, not the temporary one, with the system's reason ("No space left on device").
            throw new IOException(target + ": " + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * {@link #write} for a file that is replaced again and again under its name (configuration, secrets):
     * also removes what killed earlier writes of it left behind. Not for media files: their names never
     * repeat, and a look through a folder of thousands of photos on every photo would cost more than it saves.
     */
    public static void replace(Path target, byte[] content, Set<PosixFilePermission> permissions) throws IOException {
        write(target, content, permissions);
        removeLeftovers(target.toAbsolutePath().getParent(), target.getFileName().toString());
    }

    /**
     * Temporary files a killed process left beside the target (they may hold an old key). Only those older
     * than a minute: a younger one may belong to a write still going on.
     */
    private static void removeLeftovers(Path folder, String name) {
        long minuteAgo = System.currentTimeMillis() - 60_000;
        String prefix = "." + name + ".";
        // A filter, not a glob: a file name may hold characters a glob would read as a pattern.
        DirectoryStream.Filter<Path> ofThisFile = path -> {
            String candidate = path.getFileName().toString();
            return candidate.startsWith(prefix) && candidate.endsWith(".tmp")
                    && candidate.length() == prefix.length() + TEMP_ID_HEX + ".tmp".length();
        };
        try (var leftovers = Files.newDirectoryStream(folder, ofThisFile)) {
            for (Path leftover : leftovers) {
                if (Files.getLastModifiedTime(leftover).toMillis() < minuteAgo) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // Clutter, not a failure of this write.
        }
    }

    /** Creates {@code folder} and any missing parents with the given mode (existing ones are left as they are). */
    public static void createFolders(Path folder, Set<PosixFilePermission> permissions) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createFolders(parent, permissions);
        }
        try {
            Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(permissions));
            Files.setPosixFilePermissions(absolute, permissions);
        } catch (FileAlreadyExistsException raced) {
            if (!Files.isDirectory(absolute)) {
                throw raced;
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The file system of " + target.getParent() + " cannot replace files atomically", e);
        }
    }

    /** Makes the rename itself durable; some file systems refuse to open a folder, which is harmless. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Best effort only.
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[TEMP_ID_HEX / 2];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
