package org.camsrv.auth;

import java.util.Optional;

/** What makes a user name and a password acceptable; answers a message for the form, or nothing. */
public final class UserRules {

    public static final int MAX_NAME_LENGTH = 64;
    public static final int MIN_PASSWORD_LENGTH = 8;
    public static final int MAX_PASSWORD_LENGTH = 1024;

    private UserRules() {
    }

    public static Optional<String> checkName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Please enter a user name");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return Optional.of("The user name may have at most " + MAX_NAME_LENGTH + " characters");
        }
        if (!name.equals(name.strip()) || name.codePoints().anyMatch(c -> Character.isISOControl(c))) {
            return Optional.of("The user name may not start or end with a space or contain control characters");
        }
        return Optional.empty();
    }

    public static Optional<String> checkNewPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of("The password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            return Optional.of("The password may have at most " + MAX_PASSWORD_LENGTH + " characters");
        }
        return Optional.empty();
    }
}
