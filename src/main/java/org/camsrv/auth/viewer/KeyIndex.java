package org.camsrv.auth.viewer;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live keys' hashes in memory, so that a poll never reads the database. Found by the hash's first eight
 * bytes, then the whole hash compared in constant time: how long a lookup takes tells nothing about a stored hash.
 */
final class KeyIndex {

    /** A live key: its row, its owner, its hash. */
    record Entry(long keyId, long userId, byte[] hash) {
    }

    private final Map<Long, List<Entry>> byPrefix = new HashMap<>();
    private final Map<Long, Entry> byId = new HashMap<>();

    synchronized void add(Entry entry) {
        byPrefix.computeIfAbsent(prefix(entry.hash()), p -> new ArrayList<>(1)).add(entry);
        byId.put(entry.keyId(), entry);
    }

    synchronized void remove(long keyId) {
        Entry entry = byId.remove(keyId);
        if (entry != null) {
            List<Entry> same = byPrefix.get(prefix(entry.hash()));
            same.remove(entry);
            if (same.isEmpty()) {
                byPrefix.remove(prefix(entry.hash()));
            }
        }
    }

    synchronized void replaceAll(List<Entry> entries) {
        byPrefix.clear();
        byId.clear();
        entries.forEach(this::add);
    }

    synchronized Optional<Entry> find(byte[] hash) {
        for (Entry entry : byPrefix.getOrDefault(prefix(hash), List.of())) {
            if (MessageDigest.isEqual(entry.hash(), hash)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    synchronized boolean isLive(long keyId) {
        return byId.containsKey(keyId);
    }

    private static long prefix(byte[] hash) {
        return ByteBuffer.wrap(hash, 0, Long.BYTES).getLong();
    }
}
