package org.camsrv.camera.media;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A media file being written under a hidden temporary name in its final folder, renamed to the final
 * name only once complete. A listing of the media folder thus never shows a half-written photo or video,
 * and a crash leaves only a dot-file behind.
 */
final class PendingFile implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private boolean finished;

    private PendingFile(Path target, Path temporary, FileChannel channel) {
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
    }

    /** Creates the temporary file beside {@code target}; the folder must exist. */
    static PendingFile create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        byte[] random = new byte[6];
        ThreadLocalRandom.current().nextBytes(random);
        Path temporary = absolute.resolveSibling(
                "." + absolute.getFileName() + "." + HexFormat.of().formatHex(random) + ".part");
        FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        return new PendingFile(absolute, temporary, channel);
    }

    FileChannel channel() {
        return channel;
    }

    /** Forces the content to disk and gives the file its final name, replacing any file of that name. */
    void commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("Already finished: " + target);
        }
        try {
            channel.force(true);
            channel.close();
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            finished = true;
        } finally {
            if (!finished) {
                discard();
            }
        }
    }

    /** Deletes the temporary file; the final name is never touched. Does nothing once finished. */
    void discard() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Discards the file unless it was committed, so try-with-resources cleans up after a failure. */
    @Override
    public void close() throws IOException {
        discard();
    }
}
