package org.camsrv.auth;

/** The user database failed; the message is safe to show, the cause goes to the log. */
public class UserStoreException extends RuntimeException {
    public UserStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
