package org.camsrv.camera.media;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Cuts ffmpeg's fragmented MP4 byte stream into the pieces a browser's Media Source takes: first the init
 * segment (ftyp + moov), then one fragment per moof + mdat pair, each marked by whether its first sample
 * is a key frame (the sample flags of trun, else of tfhd, else the defaults moov's trex set).
 */
public final class Fmp4Reader {

    /** No box of a 640x480 live view comes near this; a larger size means a broken stream. */
    static final int MAX_BOX_BYTES = 16 << 20;
    private static final int NON_SYNC_SAMPLE = 0x10000;

    private final DataInputStream in;
    private int defaultSampleFlags = NON_SYNC_SAMPLE;
    private boolean initDone;

    public Fmp4Reader(InputStream in) {
        this.in = new DataInputStream(in);
    }

    /** The next segment, or empty at the end of the stream. */
    public Optional<LiveSegment> next() throws IOException {
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        byte[] moof = null;
        while (true) {
            byte[] box = readBox();
            if (box == null) {
                return Optional.empty();
            }
            String type = type(box, 0);
            if (!initDone) {
                segment.write(box);
                if (type.equals("moov")) {
                    initDone = true;
                    defaultSampleFlags = trexSampleFlags(box).orElse(NON_SYNC_SAMPLE);
                    return Optional.of(new LiveSegment(segment.toByteArray(), true, false));
                }
            } else if (type.equals("moof")) {
                segment.reset();
                segment.write(box);
                moof = box;
            } else if (type.equals("mdat") && moof != null) {
                segment.write(box);
                return Optional.of(new LiveSegment(segment.toByteArray(), false, startsWithKeyFrame(moof)));
            }
            // Anything else between fragments (styp, sidx, free, an mfra at the end) is no use to a live player.
        }
    }

    /** One whole box with its header, or null at a clean end of the stream. */
    private byte[] readBox() throws IOException {
        byte[] header = new byte[8];
        int first = in.read();
        if (first < 0) {
            return null;
        }
        header[0] = (byte) first;
        in.readFully(header, 1, 7);
        long size = ByteBuffer.wrap(header).getInt() & 0xFFFFFFFFL;
        if (size < 8 || size > MAX_BOX_BYTES) {
            throw new IOException("MP4 box '" + type(header, 0) + "' of " + size + " bytes: not a stream this reader takes");
        }
        byte[] box = new byte[(int) size];
        System.arraycopy(header, 0, box, 0, 8);
        try {
            in.readFully(box, 8, box.length - 8);
        } catch (EOFException e) {
            return null; // cut in the middle of a box: the encoder stopped
        }
        return box;
    }

    /** True when the moof's first sample may be decoded on its own. */
    boolean startsWithKeyFrame(byte[] moof) {
        ByteBuffer b = ByteBuffer.wrap(moof);
        int traf = child(b, 8, moof.length, "traf");
        if (traf < 0) {
            return false;
        }
        int trafEnd = traf + b.getInt(traf);
        int flags = defaultSampleFlags;
        int tfhd = child(b, traf + 8, trafEnd, "tfhd");
        if (tfhd >= 0) {
            int tfhdFlags = b.getInt(tfhd + 8) & 0xFFFFFF;
            int at = tfhd + 16; // after size, type, version and flags, track id
            at += (tfhdFlags & 0x01) != 0 ? 8 : 0; // base data offset
            at += (tfhdFlags & 0x02) != 0 ? 4 : 0; // sample description index
            at += (tfhdFlags & 0x08) != 0 ? 4 : 0; // default sample duration
            at += (tfhdFlags & 0x10) != 0 ? 4 : 0; // default sample size
            if ((tfhdFlags & 0x20) != 0) {
                flags = b.getInt(at);
            }
        }
        int trun = child(b, traf + 8, trafEnd, "trun");
        if (trun >= 0) {
            int trunFlags = b.getInt(trun + 8) & 0xFFFFFF;
            int at = trun + 16; // after size, type, version and flags, sample count
            at += (trunFlags & 0x01) != 0 ? 4 : 0; // data offset
            if ((trunFlags & 0x04) != 0) {
                flags = b.getInt(at);
            } else if ((trunFlags & 0x400) != 0) {
                at += (trunFlags & 0x100) != 0 ? 4 : 0; // first sample's duration
                at += (trunFlags & 0x200) != 0 ? 4 : 0; // and size, before its flags
                flags = b.getInt(at);
            }
        }
        return (flags & NON_SYNC_SAMPLE) == 0;
    }

    private static Optional<Integer> trexSampleFlags(byte[] moov) {
        ByteBuffer b = ByteBuffer.wrap(moov);
        int mvex = child(b, 8, moov.length, "mvex");
        if (mvex < 0) {
            return Optional.empty();
        }
        int trex = child(b, mvex + 8, mvex + b.getInt(mvex), "trex");
        // size, type, version and flags, then track id, description index, duration, size, flags
        return trex < 0 || trex + 32 > moov.length ? Optional.empty() : Optional.of(b.getInt(trex + 28));
    }

    /** The offset of the first child box of this type between {@code from} and {@code to}, or -1. */
    private static int child(ByteBuffer b, int from, int to, String type) {
        int at = from;
        while (at + 8 <= to) {
            int size = b.getInt(at);
            if (size < 8 || at + size > to) {
                return -1;
            }
            if (type(b.array(), at).equals(type)) {
                return at;
            }
            at += size;
        }
        return -1;
    }

    private static String type(byte[] box, int at) {
        return new String(box, at + 4, 4, StandardCharsets.ISO_8859_1);
    }

    /**
     * The MIME type with the codec a browser's Media Source is asked for, e.g. {@code video/mp4; codecs="avc1.64001e"},
     * from the avcC box of the init segment (profile, compatibility and level, in hex).
     */
    public static String mimeType(byte[] init) {
        for (int at = 4; at + 8 <= init.length; at++) {
            if (init[at] == 'a' && init[at + 1] == 'v' && init[at + 2] == 'c' && init[at + 3] == 'C') {
                return String.format(Locale.ROOT, "video/mp4; codecs=\"avc1.%02x%02x%02x\"",
                        init[at + 5] & 0xFF, init[at + 6] & 0xFF, init[at + 7] & 0xFF);
            }
        }
        return "video/mp4; codecs=\"avc1.42e01e\"";
    }
}
