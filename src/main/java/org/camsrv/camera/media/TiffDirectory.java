package org.camsrv.camera.media;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * One little-endian TIFF image file directory (IFD) with the values that do not fit in an entry
 * placed after it. Entries are kept sorted by tag and every out-of-line value starts on a word
 * boundary, as TIFF 6.0 requires and strict DNG readers check.
 */
final class TiffDirectory {

    static final int BYTE = 1;
    static final int ASCII = 2;
    static final int SHORT = 3;
    static final int LONG = 4;
    static final int RATIONAL = 5;
    static final int SRATIONAL = 10;

    private record Entry(int type, int count, byte[] value) {
    }

    private final Map<Integer, Entry> entries = new TreeMap<>();

    void putBytes(int tag, int... values) {
        ByteBuffer buffer = buffer(values.length);
        for (int value : values) {
            buffer.put((byte) value);
        }
        put(tag, BYTE, values.length, buffer);
    }

    /** Text as US-ASCII with the terminating NUL counted, as TIFF wants; other characters become '?'. */
    void putAscii(int tag, String text) {
        byte[] ascii = text.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer buffer = buffer(ascii.length + 1);
        buffer.put(ascii).put((byte) 0);
        put(tag, ASCII, ascii.length + 1, buffer);
    }

    void putShorts(int tag, int... values) {
        ByteBuffer buffer = buffer(values.length * 2);
        for (int value : values) {
            buffer.putShort((short) value);
        }
        put(tag, SHORT, values.length, buffer);
    }

    void putLongs(int tag, long... values) {
        ByteBuffer buffer = buffer(values.length * 4);
        for (long value : values) {
            buffer.putInt((int) value);
        }
        put(tag, LONG, values.length, buffer);
    }

    /** Unsigned fractions given as numerator, denominator, numerator, denominator, ... */
    void putRationals(int tag, long... numeratorsAndDenominators) {
        put(tag, RATIONAL, numeratorsAndDenominators.length / 2, fractions(numeratorsAndDenominators));
    }

    /** Signed fractions given as numerator, denominator, numerator, denominator, ... */
    void putSignedRationals(int tag, long... numeratorsAndDenominators) {
        put(tag, SRATIONAL, numeratorsAndDenominators.length / 2, fractions(numeratorsAndDenominators));
    }

    /** Bytes the directory and its out-of-line values take; independent of the values themselves. */
    int byteLength() {
        int length = 2 + entries.size() * 12 + 4;
        for (Entry entry : entries.values()) {
            if (entry.value().length > 4) {
                length += wordAligned(entry.value().length);
            }
        }
        return length;
    }

    /** The directory as it goes into the file at {@code offset} (even), with no next directory. */
    byte[] toBytes(int offset) {
        if ((offset & 1) != 0) {
            throw new IllegalArgumentException("A TIFF directory must start on a word boundary, got " + offset);
        }
        ByteBuffer out = buffer(byteLength());
        int valueOffset = offset + 2 + entries.size() * 12 + 4;
        ByteBuffer values = buffer(byteLength() - (valueOffset - offset));
        out.putShort((short) entries.size());
        for (Map.Entry<Integer, Entry> item : entries.entrySet()) {
            Entry entry = item.getValue();
            out.putShort((short) item.getKey().intValue()).putShort((short) entry.type()).putInt(entry.count());
            if (entry.value().length <= 4) {
                out.put(entry.value()).put(new byte[4 - entry.value().length]);
            } else {
                out.putInt(valueOffset + values.position());
                values.put(entry.value());
                values.position(wordAligned(values.position()));
            }
        }
        out.putInt(0);
        out.put(values.array());
        return out.array();
    }

    static int wordAligned(int length) {
        return (length + 1) & ~1;
    }

    private void put(int tag, int type, int count, ByteBuffer value) {
        if (count == 0) {
            throw new IllegalArgumentException("Tag " + tag + " needs at least one value");
        }
        entries.put(tag, new Entry(type, count, value.array()));
    }

    private static ByteBuffer fractions(long[] numeratorsAndDenominators) {
        if (numeratorsAndDenominators.length % 2 != 0) {
            throw new IllegalArgumentException("Fractions come in numerator and denominator pairs");
        }
        ByteBuffer buffer = buffer(numeratorsAndDenominators.length * 4);
        for (long value : numeratorsAndDenominators) {
            buffer.putInt((int) value);
        }
        return buffer;
    }

    private static ByteBuffer buffer(int length) {
        return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    }
}
