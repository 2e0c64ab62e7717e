package org.camsrv.secrets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Checks on the secrets file's path and folder that need no reading of the file. They run before
 * anything is created, so that a refused path leaves no folder behind.
 */
final class SecretsPath {

    private SecretsPath() {
    }

    /** Absolute, without NUL or "..": the path the user sees is the path that is used. */
    static void requireUsable(Path path) throws SecretsFileException {
        if (path.toString().indexOf('\0') >= 0) {
            throw new SecretsFileException("The secrets file path contains a NUL character");
        }
        if (!path.isAbsolute()) {
            throw new SecretsFileException("The secrets file path " + path
                    + " is not absolute; give a full path such as /home/<user>/.secrets/raspiCamSrv.secrets");
        }
        for (Path name : path) {
            if (name.toString().equals("..")) {
                throw new SecretsFileException("The secrets file path " + path + " contains \"..\"; give it without");
            }
        }
    }

    /** The file's own attributes (a symbolic link is not followed), or null when there is no file. */
    static BasicFileAttributes attributes(Path path) throws SecretsFileException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            // Typically a part of the path that is a file, not a folder; that gets the clearer message.
            requireCreatable(path);
            throw new SecretsFileException("The secrets file " + path + " cannot be read", e);
        }
    }

    /** The nearest folder of the path that exists must be one this process can write. */
    static void requireCreatable(Path path) throws SecretsFileException {
        Path folder = path.getParent();
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new SecretsFileException("The folder " + folder + " cannot be created");
        }
        if (!Files.isDirectory(existing)) {
            throw new SecretsFileException("The folder " + folder + " cannot be created: " + existing + " is not a folder");
        }
        if (existing.equals(folder)) {
            requireWritableFolder(folder, path);
        } else if (!isWritableFolder(existing)) {
            throw new SecretsFileException("The folder " + folder + " cannot be created: " + existing + " cannot be written");
        }
    }

    /** Writes go to a temporary file beside the secrets file, so its folder must be writable. */
    static void requireWritableFolder(Path folder, Path path) throws SecretsFileException {
        if (!isWritableFolder(folder)) {
            throw new SecretsFileException("The folder " + folder + " cannot be written, so the secrets file "
                    + path.getFileName() + " cannot be created or completed there");
        }
    }

    private static boolean isWritableFolder(Path folder) {
        return Files.isDirectory(folder) && Files.isWritable(folder) && Files.isExecutable(folder);
    }
}
