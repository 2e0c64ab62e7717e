package org.camsrv.settings;

import java.nio.file.Path;

/**
 * A stored configuration file exists but cannot be used. The message names the file and the
 * problem in words for the Configuration tab; the low-level cause stays attached for the log only.
 */
public class StoredConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    public StoredConfigurationException(Path file, String problem, Throwable cause) {
        super("The stored configuration " + file + " cannot be used: " + problem, cause);
    }
}
