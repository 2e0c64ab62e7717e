package org.camsrv.secrets;

/**
 * The secrets file cannot be used as it is. The message is meant for the user (a web page may
 * show it): it names the path and what is wrong, and never contains key material or file content.
 */
public class SecretsFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public SecretsFileException(String message) {
        super(message);
    }

    /** Only for causes whose own messages carry no file content, such as I/O errors naming a path. */
    public SecretsFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
