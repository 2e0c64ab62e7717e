package org.camsrv.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import org.camsrv.data.AtomicFiles;
import org.camsrv.log.SafeLog;

/**
 * The secrets file at one absolute path: checks it, and completes it on Submit and at server start
 * (a complete file is only read). Anything refused leaves the file byte-for-byte as it was, and
 * nothing is created for it.
 */
public final class SecretsFile {

    /** Larger than any real secrets file; reading stops there instead of filling memory. */
    static final int MAX_BYTES = 1024 * 1024;

    private static final SafeLog LOG = SafeLog.of(SecretsFile.class);
    /** Two Submits at once in this server must not both generate keys and overwrite each other. */
    private static final Object WRITE_LOCK = new Object();

    private final Path path;

    public SecretsFile(Path path) {
        this.path = Objects.requireNonNull(path, "path");
    }

    /** For paths typed into a form: a string no file system accepts is refused with a message. */
    public static SecretsFile of(String path) throws SecretsFileException {
        if (path == null || path.isBlank()) {
            throw new SecretsFileException("No secrets file path is given");
        }
        if (path.indexOf('\0') >= 0) {
            throw new SecretsFileException("The secrets file path contains a NUL character");
        }
        try {
            return new SecretsFile(Path.of(path));
        } catch (InvalidPathException e) {
            throw new SecretsFileException("The secrets file path " + path + " is not a valid path");
        }
    }

    /** The Submit action: creates or completes the file where needed and returns its keys. */
    public JwtKeys prepare() throws SecretsFileException {
        synchronized (WRITE_LOCK) {
            SecretsContent content = inspect();
            boolean exists = content != null;
            if (exists && content.isComplete()) {
                return content.keys();
            }
            requireWritableFolder(exists);
            SecretsContent completed = (exists ? content : SecretsContent.empty()).completed();
            write(completed, exists);
            return completed.keys();
        }
    }

    /** True when the file holds every key already, so that {@link #prepare()} would only read it. */
    public boolean hasAllKeys() throws SecretsFileException {
        SecretsContent content = inspect();
        return content != null && content.isComplete();
    }

    /**
     * True when the file holds a jwtSecretKey: a key store raspiCamSrv (or CamSrv) has used, not some other
     * JSON file that a path from elsewhere happens to name. Reads only.
     */
    public boolean hasSecretKey() throws SecretsFileException {
        SecretsContent content = inspect();
        return content != null && content.hasSecretKey();
    }

    /**
     * A text kept in a section of its own, such as the MQTT broker's password ({@code "mqtt": {"password": …}});
     * empty when the file, the section or the key is not there. Reads only.
     */
    public java.util.Optional<String> sectionText(String section, String key) throws SecretsFileException {
        requireOwnSection(section);
        SecretsContent content = inspect();
        return java.util.Optional.ofNullable(content == null ? null : content.sectionText(section, key));
    }

    /**
     * Keeps a text in a section of its own, leaving the JWT keys and every other section as they are; a file
     * that does not exist yet is created (0600, its folders 0700). The file is written atomically.
     */
    public void putSectionText(String section, String key, String value) throws SecretsFileException {
        requireOwnSection(section);
        synchronized (WRITE_LOCK) {
            SecretsContent content = inspect();
            boolean exists = content != null;
            requireWritableFolder(exists);
            write((exists ? content : SecretsContent.empty()).withSectionText(section, key, value), exists);
        }
    }

    private static void requireOwnSection(String section) {
        if (SecretsContent.SECTION.equals(section)) {
            throw new IllegalArgumentException("The JWT keys' section is kept by the key handling only");
        }
    }

    /** Form validation: every check prepare() makes, without writing anything. */
    public void check() throws SecretsFileException {
        SecretsContent content = inspect();
        if (content == null || !content.isComplete()) {
            requireWritableFolder(content != null);
        }
    }

    /** The checked content, or null when there is no file yet. */
    private SecretsContent inspect() throws SecretsFileException {
        SecretsPath.requireUsable(path);
        BasicFileAttributes attributes = SecretsPath.attributes(path);
        if (attributes == null) {
            return null;
        }
        if (attributes.isSymbolicLink()) {
            throw new SecretsFileException("The secrets file " + path + " is a symbolic link; give the path of the file itself");
        }
        if (attributes.isDirectory()) {
            throw new SecretsFileException("The secrets file path " + path + " is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new SecretsFileException("The secrets file " + path + " is not a regular file");
        }
        if (attributes.size() > MAX_BYTES) {
            throw tooLarge();
        }
        return SecretsContent.of(path, SecretsJson.parse(path, readBytes()));
    }

    private byte[] readBytes() throws SecretsFileException {
        // NOFOLLOW_LINKS again at open time, in case the file was swapped for a link after the check.
        try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (AccessDeniedException e) {
            throw new SecretsFileException("The secrets file " + path + " cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new SecretsFileException("The secrets file " + path + " cannot be read", e);
        }
    }

    private void requireWritableFolder(boolean exists) throws SecretsFileException {
        if (exists) {
            SecretsPath.requireWritableFolder(path.getParent(), path);
        } else {
            SecretsPath.requireCreatable(path);
        }
    }

    private void write(SecretsContent content, boolean exists) throws SecretsFileException {
        Path folder = path.getParent();
        Path outermostNew = exists ? null : outermostMissing(folder);
        try {
            if (outermostNew != null) {
                AtomicFiles.createFolders(folder, AtomicFiles.OWNER_ONLY_DIR);
            }
        } catch (IOException e) {
            removeNewFolders(folder, outermostNew);
            throw new SecretsFileException("The folder " + folder + " cannot be created", e);
        }
        try {
            AtomicFiles.replace(path, SecretsJson.format(content.root()), AtomicFiles.OWNER_ONLY);
        } catch (IOException e) {
            removeNewFolders(folder, outermostNew);
            throw new SecretsFileException("The secrets file " + path + " cannot be written in the folder " + folder, e);
        }
        LOG.info(() -> (exists ? "Completed the secrets file " : "Created the secrets file ") + path);
    }

    /** The outermost folder on the way to {@code folder} that does not exist yet, or null when it exists. */
    private static Path outermostMissing(Path folder) {
        Path missing = null;
        for (Path p = folder; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    /** A failed write (a full disk) must not leave the folders it created: innermost first, only while empty. */
    private static void removeNewFolders(Path folder, Path outermostNew) {
        for (Path p = folder; outermostNew != null && p != null && p.startsWith(outermostNew); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (DirectoryNotEmptyException e) {
                return; // Not empty any more: leave it and what is above it.
            } catch (IOException e) {
                // Not removable, or not even nameable (a name over the limit is why creating it failed):
                // its parents may still be empty ones made here, and only empty folders are ever deleted.
            }
        }
    }

    private SecretsFileException tooLarge() {
        return new SecretsFileException("The secrets file " + path + " is too large (over 1 MiB) to be a secrets file");
    }
}
