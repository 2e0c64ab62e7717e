package org.camsrv.settings;

import java.util.Optional;
import org.camsrv.secrets.SecretsFile;
import org.camsrv.secrets.SecretsFileException;

/**
 * The MQTT broker's password, kept in the secrets file the API tab names, in a section of its own
 * ({@code "mqtt": {"password": …}}), so it never reaches serverConfig.json, an export or a page.
 */
public final class BrokerPassword {

    static final String SECTION = "mqtt";
    static final String KEY = "password";
    public static final int MAX_LENGTH = 1024;

    private BrokerPassword() {
    }

    /** The password, or empty when there is no secrets file, no password in it, or the file cannot be read. */
    public static Optional<String> read(String secretsPath) {
        if (secretsPath == null || secretsPath.isBlank()) {
            return Optional.empty();
        }
        try {
            return SecretsFile.of(secretsPath).sectionText(SECTION, KEY);
        } catch (SecretsFileException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes it; the message of a failure names the file, never the password. */
    static void store(String secretsPath, String password) throws SecretsFileException {
        if (secretsPath == null || secretsPath.isBlank()) {
            throw new SecretsFileException("No secrets file is set (API tab), so a broker password cannot be kept:"
                    + " set the secrets file first, or leave the password blank");
        }
        if (password.length() > MAX_LENGTH || password.chars().anyMatch(c -> c == 0)) {
            throw new SecretsFileException("The password must be at most " + MAX_LENGTH + " characters, without NUL");
        }
        SecretsFile.of(secretsPath).putSectionText(SECTION, KEY, password);
    }
}
