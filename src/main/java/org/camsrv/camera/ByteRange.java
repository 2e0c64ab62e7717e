package org.camsrv.camera;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a file, as an HTTP Range header asks for it ({@code bytes=0-}, {@code bytes=100-199},
 * {@code bytes=-500}): what a browser's video element and download resumers send. Several ranges in one
 * header are answered with the whole file, which HTTP allows.
 */
public record ByteRange(long first, long last, long fileLength) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /** The whole file. */
    public static ByteRange all(long fileLength) {
        return new ByteRange(0, fileLength - 1, fileLength);
    }

    /**
     * The range a header asks for: empty when the header asks for none (or for several), the whole file
     * then being the answer; {@link Unsatisfiable} when it lies outside the file (416).
     */
    public static Optional<ByteRange> parse(String header, long fileLength) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher range = SINGLE.matcher(header.strip());
        if (!range.matches() || (range.group(1).isEmpty() && range.group(2).isEmpty())) {
            return Optional.empty();
        }
        try {
            if (range.group(1).isEmpty()) {
                long suffix = Long.parseLong(range.group(2));
                if (suffix == 0 || fileLength == 0) {
                    throw new Unsatisfiable(fileLength);
                }
                return Optional.of(new ByteRange(Math.max(0, fileLength - suffix), fileLength - 1, fileLength));
            }
            long first = Long.parseLong(range.group(1));
            long last = range.group(2).isEmpty() ? fileLength - 1 : Math.min(Long.parseLong(range.group(2)), fileLength - 1);
            if (first >= fileLength || last < first) {
                throw new Unsatisfiable(fileLength);
            }
            return Optional.of(new ByteRange(first, last, fileLength));
        } catch (NumberFormatException tooLong) {
            throw new Unsatisfiable(fileLength);
        }
    }

    /** A range that no byte of the file satisfies. */
    public static final class Unsatisfiable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long fileLength;

        Unsatisfiable(long fileLength) {
            super("Range not satisfiable");
            this.fileLength = fileLength;
        }

        /** The Content-Range of a 416 answer. */
        public String contentRange() {
            return "bytes */" + fileLength;
        }
    }

    public long length() {
        return last - first + 1;
    }

    public boolean isWholeFile() {
        return first == 0 && last == fileLength - 1;
    }

    public String contentRange() {
        return "bytes " + first + "-" + last + "/" + fileLength;
    }

    /** Writes this range of the file. */
    public void copy(Path file, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(first);
            byte[] buffer = new byte[64 * 1024];
            long left = length();
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    return; // the file became shorter meanwhile
                }
                out.write(buffer, 0, read);
                left -= read;
            }
        }
    }
}
