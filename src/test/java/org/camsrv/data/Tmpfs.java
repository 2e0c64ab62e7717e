package org.camsrv.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted on a test folder, so that "disk full" and "read-only file system" are real
 * kernel errors: chmod cannot fake them for root, who writes anyway. Mounting needs root; without
 * it the calling test is skipped with one message.
 */
public final class Tmpfs implements AutoCloseable {

    public static final String SKIPPED = "skipped: mounting a tmpfs needs root (run the tests as root, as CI does)";
    /** tmpfs hands out space in pages, so "a few hundred bytes left" means no page left. */
    public static final int PAGE = 4096;

    private final Path mountPoint;
    private final Path filler;
    private boolean mounted = true;

    private Tmpfs(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve(".filler");
    }

    /** Mounts a tmpfs of {@code kibibytes} on {@code mountPoint} (created if missing), or skips the test. */
    public static Tmpfs mount(Path mountPoint, int kibibytes) throws IOException {
        Files.createDirectories(mountPoint);
        boolean ok = run("mount", "-t", "tmpfs", "-o", "size=" + kibibytes + "k,mode=0700", "tmpfs", mountPoint.toString());
        Assumptions.assumeTrue(ok, SKIPPED);
        return new Tmpfs(mountPoint);
    }

    public Path path() {
        return mountPoint;
    }

    /** Free bytes as the file system reports them (statvfs). */
    public long freeBytes() throws IOException {
        return Files.getFileStore(mountPoint).getUsableSpace();
    }

    /** Writes a filler file until the kernel says ENOSPC: afterwards not one more byte of data fits. */
    public void fill() throws IOException {
        try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer chunk = ByteBuffer.allocate(16 * PAGE);
            while (true) {
                chunk.clear();
                channel.write(chunk);
            }
        } catch (IOException full) {
            // Expected: the disk is full now.
        }
        assertEquals(0, freeBytes(), "the filler did not fill the tmpfs");
    }

    /** Fills the disk, then gives back exactly {@code pages} pages, so that a write can start but not finish. */
    public void fillLeaving(int pages) throws IOException {
        fill();
        try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.WRITE)) {
            long size = channel.size() / PAGE * PAGE;
            channel.truncate(size - (long) pages * PAGE);
        }
        assertEquals((long) pages * PAGE, freeBytes(), "the tmpfs does not have exactly the pages left");
    }

    /** Deletes the filler: the disk has room again. */
    public void freeSpace() throws IOException {
        Files.deleteIfExists(filler);
    }

    public void remountReadOnly() {
        if (!run("mount", "-o", "remount,ro", mountPoint.toString())) {
            throw new IllegalStateException("cannot remount " + mountPoint + " read-only");
        }
    }

    public void remountWritable() {
        if (!run("mount", "-o", "remount,rw", mountPoint.toString())) {
            throw new IllegalStateException("cannot remount " + mountPoint + " writable");
        }
    }

    /** Unmounts; a busy mount is detached lazily so that the test's temporary folder can still be removed. */
    @Override
    public void close() {
        if (mounted && !run("umount", mountPoint.toString())) {
            run("umount", "-l", mountPoint.toString());
        }
        mounted = false;
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
