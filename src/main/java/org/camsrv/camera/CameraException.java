package org.camsrv.camera;

/** A camera action failed; the message says what went wrong in words for an API client. */
public class CameraException extends Exception {
    private static final long serialVersionUID = 1L;

    public CameraException(String message) {
        super(message);
    }

    public CameraException(String message, Throwable cause) {
        super(message, cause);
    }
}
