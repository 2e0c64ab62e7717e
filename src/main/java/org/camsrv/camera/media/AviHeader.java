package org.camsrv.camera.media;

import static org.camsrv.camera.media.MjpegAviWriter.fourcc;
import static org.camsrv.camera.media.MjpegAviWriter.littleEndian;

import java.nio.ByteBuffer;

/**
 * The fixed-size start of a one-stream MJPEG AVI, up to and including the 'movi' list's fourcc: RIFF
 * 'AVI ', LIST 'hdrl' with avih, LIST 'strl' with strh and strf. The positions of the fields that
 * are only known at the end are constants because the layout never varies.
 */
final class AviHeader {

    static final int RIFF_SIZE = 4;
    static final int MAX_BYTES_PER_SEC = 36;
    static final int TOTAL_FRAMES = 48;
    static final int MAIN_BUFFER_SIZE = 60;
    static final int STREAM_LENGTH = 140;
    static final int STREAM_BUFFER_SIZE = 144;
    static final int MOVI_LIST = 212;
    static final int MOVI_SIZE = 216;
    /** Where the 'movi' fourcc is; index offsets count from here. */
    static final int MOVI_FOURCC = 220;
    static final int LENGTH = 224;

    private static final int MAIN_HEADER_BYTES = 56;
    private static final int STREAM_HEADER_BYTES = 56;
    private static final int BITMAP_INFO_BYTES = 40;

    private AviHeader() {
    }

    /** The header with zero for every size and count that {@link MjpegAviWriter} patches at close. */
    static ByteBuffer of(int width, int height, int rate, int scale, int flags) {
        ByteBuffer b = littleEndian(LENGTH);
        b.put(fourcc("RIFF")).putInt(0).put(fourcc("AVI "));
        // A list's size counts from its type fourcc to its end; hdrl and strl both end where LIST 'movi' starts.
        b.put(fourcc("LIST")).putInt(MOVI_LIST - 20).put(fourcc("hdrl"));

        b.put(fourcc("avih")).putInt(MAIN_HEADER_BYTES);
        b.putInt((int) Math.round(1_000_000d * scale / rate));
        expect(b, MAX_BYTES_PER_SEC);
        b.putInt(0);
        b.putInt(0);
        b.putInt(flags);
        expect(b, TOTAL_FRAMES);
        b.putInt(0);
        b.putInt(0);
        b.putInt(1);
        expect(b, MAIN_BUFFER_SIZE);
        b.putInt(0);
        b.putInt(width).putInt(height);
        b.put(new byte[16]);

        expect(b, 88);
        b.put(fourcc("LIST")).putInt(MOVI_LIST - 96).put(fourcc("strl"));
        b.put(fourcc("strh")).putInt(STREAM_HEADER_BYTES);
        b.put(fourcc("vids")).put(fourcc("MJPG"));
        b.putInt(0);
        b.putShort((short) 0).putShort((short) 0);
        b.putInt(0);
        b.putInt(scale).putInt(rate);
        b.putInt(0);
        expect(b, STREAM_LENGTH);
        b.putInt(0);
        expect(b, STREAM_BUFFER_SIZE);
        b.putInt(0);
        b.putInt(-1);
        b.putInt(0);
        b.putShort((short) 0).putShort((short) 0).putShort((short) width).putShort((short) height);

        b.put(fourcc("strf")).putInt(BITMAP_INFO_BYTES);
        b.putInt(BITMAP_INFO_BYTES).putInt(width).putInt(height);
        b.putShort((short) 1).putShort((short) 24);
        b.put(fourcc("MJPG"));
        b.putInt((int) Math.min(Integer.MAX_VALUE, 3L * width * height));
        b.putInt(0).putInt(0).putInt(0).putInt(0);

        expect(b, MOVI_LIST);
        b.put(fourcc("LIST"));
        expect(b, MOVI_SIZE);
        b.putInt(0);
        expect(b, MOVI_FOURCC);
        b.put(fourcc("movi"));
        expect(b, LENGTH);
        return b.flip();
    }

    /** Guards the position constants against a field added or dropped above them. */
    private static void expect(ByteBuffer b, int position) {
        if (b.position() != position) {
            throw new IllegalStateException("AVI header field at " + b.position() + ", expected " + position);
        }
    }
}
