package org.camsrv.auth.viewer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.camsrv.data.AtomicFiles;

/**
 * The secret that keys the viewer keys' hashes ({@code <data>/secrets/viewer-keys.pepper}, 0600): with the database
 * alone, a stolen copy cannot test guesses. Made at first use and never replaced, because a new pepper would
 * silently invalidate every key. The file is complete before it appears under its name (a hard link of a finished
 * temporary file), so two processes starting at once agree on one pepper.
 */
final class KeyPepper {

    static final int BYTES = 32;

    private KeyPepper() {
    }

    static byte[] loadOrCreate(Path file, SecureRandom random) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            create(file, random);
        }
        return read(file);
    }

    private static void create(Path file, SecureRandom random) throws IOException {
        AtomicFiles.createFolders(file.getParent(), AtomicFiles.OWNER_ONLY_DIR);
        byte[] pepper = new byte[BYTES];
        random.nextBytes(pepper);
        Path temp = file.resolveSibling("." + file.getFileName() + ".new");
        AtomicFiles.write(temp, (Base64.getEncoder().encodeToString(pepper) + "\n").getBytes(StandardCharsets.US_ASCII),
                AtomicFiles.OWNER_ONLY);
        try {
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException anotherWasFirst) {
            // Its pepper counts; this one was never used.
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static byte[] read(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > 200) {
            throw new IOException(file + " is not the viewer keys' pepper file");
        }
        try {
            byte[] pepper = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (pepper.length != BYTES) {
                throw new IOException(file + " is damaged: it should hold " + BYTES + " bytes in base64");
            }
            return pepper;
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is damaged: it is not base64", e);
        }
    }
}
