package org.camsrv.ui;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The bytes in a folder's files, counted up to a limit: a media folder on an SD card may hold more
 * files than one page view should wait for, so past the limit the count says "at least".
 */
record FolderSize(long bytes, long files, boolean complete) {

    static final int MAX_FILES = 100_000;

    /** A folder that does not exist yet (the media folder comes with the first photo) counts as empty. */
    static FolderSize of(Path folder, int maxFiles) throws IOException {
        Counter counter = new Counter(maxFiles);
        Files.walkFileTree(folder, counter);
        return new FolderSize(counter.bytes, counter.files, !counter.stopped);
    }

    /** "1.2 GB in 345 files", or "at least 9.8 GB in 100,000 files (counting stopped there)". */
    String describe() {
        String size = FactFormat.bytes(bytes) + " in " + FactFormat.count(files) + (files == 1 ? " file" : " files");
        return complete ? size : "at least " + size + " (counting stopped there)";
    }

    private static final class Counter extends SimpleFileVisitor<Path> {
        private final int maxFiles;
        long bytes;
        long files;
        boolean stopped;

        Counter(int maxFiles) {
            this.maxFiles = maxFiles;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (files >= maxFiles) {
                stopped = true;
                return FileVisitResult.TERMINATE;
            }
            if (attributes.isRegularFile()) {
                bytes += attributes.size();
                files++;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // missing or unreadable: it holds nothing we can count
        }
    }
}
