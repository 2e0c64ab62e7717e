package org.camsrv.camera.media;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Writes a {@link RawFrame} as a minimal DNG 1.4: one uncompressed 16-bit CFA image in IFD 0 with the
 * tags a raw developer needs to demosaic and colour it. The colour matrix is the XYZ to linear sRGB
 * one, which is exact for the simulated camera (its "sensor" is linear sRGB) and a neutral guess for
 * other sensors.
 */
public final class DngWriter {

    public static final String MAKE = "CamSrv";

    private static final int HEADER_LENGTH = 8;
    private static final int PHOTOMETRIC_CFA = 32803;
    private static final int ILLUMINANT_D65 = 21;

    /** XYZ (D65) to linear sRGB, in ten-thousandths, row by row. */
    private static final long[] XYZ_TO_SRGB = {
        32405, -15371, -4985,
        -9693, 18760, 416,
        556, -2040, 10572
    };

    private DngWriter() {
    }

    /** Writes the DNG to {@code out}, which is flushed but left open. */
    public static void write(RawFrame frame, OutputStream out) throws IOException {
        TiffDirectory ifd = directory(frame);
        int stripOffset = TiffDirectory.wordAligned(HEADER_LENGTH + ifd.byteLength());
        ifd.putLongs(273, stripOffset);
        byte[] directory = ifd.toBytes(HEADER_LENGTH);
        ByteBuffer header = ByteBuffer.allocate(stripOffset).order(ByteOrder.LITTLE_ENDIAN);
        header.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(HEADER_LENGTH).put(directory);
        out.write(header.array());
        writeSamples(frame.samples(), out);
        out.flush();
    }

    private static TiffDirectory directory(RawFrame frame) {
        if (frame.width() < 1 || frame.height() < 1) {
            throw new IllegalArgumentException("Empty raw frame: " + frame.width() + "x" + frame.height());
        }
        if (frame.whiteLevel() < 1 || frame.whiteLevel() > 65535) {
            throw new IllegalArgumentException("White level must be 1..65535, got " + frame.whiteLevel());
        }
        String model = frame.model() == null || frame.model().isBlank() ? "unknown" : frame.model();
        long stripBytes = 2L * frame.width() * frame.height();
        TiffDirectory ifd = new TiffDirectory();
        ifd.putLongs(254, 0);
        ifd.putLongs(256, frame.width());
        ifd.putLongs(257, frame.height());
        ifd.putShorts(258, 16);
        ifd.putShorts(259, 1);
        ifd.putShorts(262, PHOTOMETRIC_CFA);
        ifd.putAscii(271, MAKE);
        ifd.putAscii(272, model);
        ifd.putLongs(273, 0);
        ifd.putShorts(274, 1);
        ifd.putShorts(277, 1);
        ifd.putLongs(278, frame.height());
        ifd.putLongs(279, stripBytes);
        ifd.putShorts(284, 1);
        ifd.putShorts(33421, 2, 2);
        ifd.putBytes(33422, 0, 1, 1, 2);
        ifd.putBytes(50706, 1, 4, 0, 0);
        ifd.putBytes(50707, 1, 1, 0, 0);
        ifd.putAscii(50708, model);
        ifd.putLongs(50714, 0);
        ifd.putLongs(50717, frame.whiteLevel());
        ifd.putSignedRationals(50721, colorMatrix());
        ifd.putRationals(50728, 1, 1, 1, 1, 1, 1);
        ifd.putShorts(50778, ILLUMINANT_D65);
        return ifd;
    }

    private static long[] colorMatrix() {
        long[] pairs = new long[XYZ_TO_SRGB.length * 2];
        for (int i = 0; i < XYZ_TO_SRGB.length; i++) {
            pairs[2 * i] = XYZ_TO_SRGB[i];
            pairs[2 * i + 1] = 10000;
        }
        return pairs;
    }

    private static void writeSamples(short[] samples, OutputStream out) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        int perChunk = chunk.capacity() / 2;
        for (int start = 0; start < samples.length; start += perChunk) {
            int count = Math.min(perChunk, samples.length - start);
            chunk.clear();
            chunk.asShortBuffer().put(samples, start, count);
            out.write(chunk.array(), 0, count * 2);
        }
    }
}
