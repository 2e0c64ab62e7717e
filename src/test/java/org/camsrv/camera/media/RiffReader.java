package org.camsrv.camera.media;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Walks the chunks of a RIFF file (an AVI) into a tree, checking that every size fits its parent. */
final class RiffReader {

    /** A chunk at {@code offset} (where its id is); {@code type} is the list type of RIFF and LIST chunks. */
    record Chunk(String id, String type, int offset, int size, List<Chunk> children) {

        int dataOffset() {
            return offset + 8;
        }

        Chunk child(String idOrType) {
            return children.stream().filter(c -> c.id().equals(idOrType) || idOrType.equals(c.type())).findFirst()
                    .orElseThrow(() -> new AssertionError("No chunk " + idOrType + " in " + id + " " + type));
        }

        List<Chunk> all(String id) {
            return children.stream().filter(c -> c.id().equals(id)).toList();
        }
    }

    private RiffReader() {
    }

    static Chunk read(byte[] file) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        Chunk riff = chunk(b, 0, file.length);
        if (!riff.id().equals("RIFF")) {
            throw new IllegalArgumentException("Not a RIFF file");
        }
        return riff;
    }

    static String fourcc(ByteBuffer b, int at) {
        byte[] bytes = new byte[4];
        b.get(at, bytes);
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    private static Chunk chunk(ByteBuffer b, int offset, int limit) {
        String id = fourcc(b, offset);
        int size = b.getInt(offset + 4);
        if (size < 0 || offset + 8L + size > limit) {
            throw new IllegalStateException("Chunk " + id + " at " + offset + " (size " + size + ") overruns " + limit);
        }
        List<Chunk> children = new ArrayList<>();
        String type = null;
        if (id.equals("RIFF") || id.equals("LIST")) {
            type = fourcc(b, offset + 8);
            int end = offset + 8 + size;
            int at = offset + 12;
            while (at < end) {
                Chunk child = chunk(b, at, end);
                children.add(child);
                at = child.dataOffset() + ((child.size() + 1) & ~1);
            }
        }
        return new Chunk(id, type, offset, size, List.copyOf(children));
    }
}
