package org.camsrv.camera.media;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the header and the first directory of a little-endian TIFF, for tests to check a DNG tag by tag. */
final class TiffReader {

    record Entry(int tag, int type, int count, int valueOffset, byte[] value) {

        /** BYTE, SHORT or LONG values as numbers. */
        long[] numbers() {
            ByteBuffer b = ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN);
            long[] numbers = new long[count];
            for (int i = 0; i < count; i++) {
                numbers[i] = switch (type) {
                    case TiffDirectory.BYTE -> b.get() & 0xFF;
                    case TiffDirectory.SHORT -> b.getShort() & 0xFFFF;
                    case TiffDirectory.LONG -> b.getInt() & 0xFFFFFFFFL;
                    default -> throw new IllegalStateException("Not an integer type: " + type);
                };
            }
            return numbers;
        }

        /** RATIONAL (unsigned) or SRATIONAL values as numerator, denominator pairs. */
        long[] fractions() {
            ByteBuffer b = ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN);
            long[] pairs = new long[2 * count];
            for (int i = 0; i < pairs.length; i++) {
                int raw = b.getInt();
                pairs[i] = type == TiffDirectory.SRATIONAL ? raw : raw & 0xFFFFFFFFL;
            }
            return pairs;
        }

        /** ASCII text without its terminating NUL, which must be there. */
        String text() {
            if (value[value.length - 1] != 0) {
                throw new IllegalStateException("ASCII value of tag " + tag + " is not NUL-terminated");
            }
            return new String(value, 0, value.length - 1, StandardCharsets.US_ASCII);
        }
    }

    final byte[] file;
    final int firstDirectory;
    final List<Entry> entries = new ArrayList<>();
    final long nextDirectory;

    TiffReader(byte[] file) {
        this.file = file;
        if (file.length < 8 || file[0] != 'I' || file[1] != 'I' || file[2] != 42 || file[3] != 0) {
            throw new IllegalArgumentException("Not a little-endian TIFF");
        }
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        firstDirectory = b.getInt(4);
        int count = b.getShort(firstDirectory) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            int at = firstDirectory + 2 + 12 * i;
            int tag = b.getShort(at) & 0xFFFF;
            int type = b.getShort(at + 2) & 0xFFFF;
            int valueCount = b.getInt(at + 4);
            int length = valueCount * typeSize(type);
            int valueOffset = length <= 4 ? -1 : b.getInt(at + 8);
            int from = length <= 4 ? at + 8 : valueOffset;
            byte[] value = new byte[length];
            System.arraycopy(file, from, value, 0, length);
            entries.add(new Entry(tag, type, valueCount, valueOffset, value));
        }
        nextDirectory = b.getInt(firstDirectory + 2 + 12 * count) & 0xFFFFFFFFL;
    }

    Entry entry(int tag) {
        return entries.stream().filter(e -> e.tag() == tag).findFirst()
                .orElseThrow(() -> new AssertionError("Tag " + tag + " missing"));
    }

    static int typeSize(int type) {
        return switch (type) {
            case TiffDirectory.BYTE, TiffDirectory.ASCII -> 1;
            case TiffDirectory.SHORT -> 2;
            case TiffDirectory.LONG -> 4;
            case TiffDirectory.RATIONAL, TiffDirectory.SRATIONAL -> 8;
            default -> throw new IllegalArgumentException("Unknown TIFF type " + type);
        };
    }
}
