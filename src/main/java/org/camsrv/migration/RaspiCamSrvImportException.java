package org.camsrv.migration;

/**
 * A raspiCamSrv file (its database, its stored configuration) cannot be read. The message is meant for
 * the user (a web page may show it): it names the file and what is wrong, never a driver's or parser's
 * error text or a stack trace.
 */
public class RaspiCamSrvImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public RaspiCamSrvImportException(String message) {
        super(message);
    }

    /** The cause is for the log; its message is not shown. */
    public RaspiCamSrvImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
