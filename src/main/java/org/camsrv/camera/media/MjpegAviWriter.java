package org.camsrv.camera.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Streams JPEG frames into a Motion-JPEG AVI (RIFF, AVI 1.0) that ffmpeg and VLC play. Frames go to
 * disk as they come, so a long recording needs no memory beyond its index; the sizes and counts the
 * headers need are patched in at close, and only then does the file get its final name. Not thread-safe:
 * one recording thread owns a writer.
 */
public final class MjpegAviWriter implements VideoWriter {

    /**
     * The largest file written. RIFF sizes are 32-bit and many AVI 1.0 readers take them as signed;
     * beyond this a recording would need OpenDML (AVI 2.0), which this writer does not do.
     */
    public static final long MAX_FILE_BYTES = Integer.MAX_VALUE;

    private static final int AVIF_HASINDEX = 0x10;
    private static final int AVIIF_KEYFRAME = 0x10;
    private static final int INDEX_ENTRY_BYTES = 16;

    private final PendingFile file;
    private final FileChannel channel;
    private final int rate;
    private final int scale;
    private long end;
    private int frames;
    private int[] index = new int[256];
    private int largestFrame;
    private boolean closed;

    /** Starts a video of {@code width}x{@code height} at {@code fps} (0.001..1000) frames per second. */
    public MjpegAviWriter(Path file, int width, int height, double fps) throws IOException {
        if (width < 1 || height < 1 || width > 65535 || height > 65535) {
            throw new IllegalArgumentException("Video size must be 1..65535 on each side, got " + width + "x" + height);
        }
        if (!(fps >= 0.001 && fps <= 1000)) {
            throw new IllegalArgumentException("Frame rate must be 0.001..1000, got " + fps);
        }
        long[] fraction = rateAndScale(fps);
        this.rate = (int) fraction[0];
        this.scale = (int) fraction[1];
        this.file = PendingFile.create(file);
        this.channel = this.file.channel();
        try {
            writeAt(0, AviHeader.of(width, height, rate, scale, AVIF_HASINDEX));
            this.end = AviHeader.LENGTH;
        } catch (IOException | RuntimeException e) {
            this.file.discard();
            throw e;
        }
    }

    /** Whether a JPEG of {@code length} bytes still fits under {@link #MAX_FILE_BYTES}, index included. */
    public boolean hasRoomFor(int length) {
        long after = end + 8 + padded(length) + 8 + (long) (frames + 1) * INDEX_ENTRY_BYTES;
        return after <= MAX_FILE_BYTES;
    }

    /** Appends one frame; the bytes must be a JPEG image (starting with the SOI marker FF D8). */
    public void addFrame(byte[] jpeg) throws IOException {
        if (closed) {
            throw new IllegalStateException("The video is closed");
        }
        if (jpeg == null || jpeg.length < 2 || jpeg[0] != (byte) 0xFF || jpeg[1] != (byte) 0xD8) {
            throw new IllegalArgumentException("A frame must be a JPEG image");
        }
        if (!hasRoomFor(jpeg.length)) {
            throw new IllegalStateException("The video is full (" + MAX_FILE_BYTES + " bytes); start another one");
        }
        ByteBuffer chunkHeader = littleEndian(8).put(fourcc("00dc")).putInt(jpeg.length).flip();
        ByteBuffer padding = ByteBuffer.allocate(jpeg.length & 1);
        long start = end;
        // Written at the position the writer tracks, not the channel's: after a failed write the next
        // frame (or the index) overwrites the torn chunk, and close truncates whatever is left beyond.
        writeAt(start, chunkHeader, ByteBuffer.wrap(jpeg), padding);
        if (index.length < 2 * (frames + 1)) {
            index = Arrays.copyOf(index, index.length * 2);
        }
        index[2 * frames] = (int) (start - AviHeader.MOVI_FOURCC);
        index[2 * frames + 1] = jpeg.length;
        frames++;
        largestFrame = Math.max(largestFrame, jpeg.length);
        end = start + 8 + padded(jpeg.length);
    }

    public int frameCount() {
        return frames;
    }

    /** Appends the frame, or answers false when it would pass {@link #MAX_FILE_BYTES}. */
    @Override
    public boolean write(byte[] jpeg) throws IOException {
        if (!hasRoomFor(jpeg.length)) {
            return false;
        }
        addFrame(jpeg);
        return true;
    }

    @Override
    public String summary() {
        return frames + " frames, Motion-JPEG in AVI";
    }

    /**
     * Writes the index, completes the headers and gives the file its final name. Calling it again does
     * nothing; if it fails, the partial file is deleted.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            finish();
            file.commit();
        } finally {
            file.discard();
        }
    }

    private void finish() throws IOException {
        int indexBytes = frames * INDEX_ENTRY_BYTES;
        ByteBuffer idx1 = littleEndian(8 + indexBytes).put(fourcc("idx1")).putInt(indexBytes);
        for (int i = 0; i < frames; i++) {
            idx1.put(fourcc("00dc")).putInt(AVIIF_KEYFRAME).putInt(index[2 * i]).putInt(index[2 * i + 1]);
        }
        long moviEnd = end;
        writeAt(moviEnd, idx1.flip());
        long fileEnd = moviEnd + idx1.capacity();
        channel.truncate(fileEnd);
        int bufferSize = padded(largestFrame) + 8;
        int bytesPerSecond = (int) Math.min(Integer.MAX_VALUE, Math.round((double) bufferSize * rate / scale));
        patch(AviHeader.RIFF_SIZE, fileEnd - 8);
        patch(AviHeader.MAX_BYTES_PER_SEC, bytesPerSecond);
        patch(AviHeader.TOTAL_FRAMES, frames);
        patch(AviHeader.MAIN_BUFFER_SIZE, bufferSize);
        patch(AviHeader.STREAM_LENGTH, frames);
        patch(AviHeader.STREAM_BUFFER_SIZE, bufferSize);
        patch(AviHeader.MOVI_SIZE, moviEnd - AviHeader.MOVI_FOURCC);
    }

    private void patch(int position, long value) throws IOException {
        writeAt(position, littleEndian(4).putInt((int) value).flip());
    }

    private void writeAt(long position, ByteBuffer... buffers) throws IOException {
        long at = position;
        for (ByteBuffer buffer : buffers) {
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
        }
    }

    /** The frame rate as the integer fraction rate/scale that AVI stores, exact to a thousandth. */
    static long[] rateAndScale(double fps) {
        long scale = Math.abs(fps - Math.rint(fps)) < 1e-9 ? 1 : 1000;
        long rate = Math.round(fps * scale);
        long divisor = gcd(rate, scale);
        return new long[] {rate / divisor, scale / divisor};
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static int padded(int length) {
        return (length + 1) & ~1;
    }

    static ByteBuffer littleEndian(int capacity) {
        return ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
    }

    static byte[] fourcc(String code) {
        return code.getBytes(StandardCharsets.US_ASCII);
    }
}
