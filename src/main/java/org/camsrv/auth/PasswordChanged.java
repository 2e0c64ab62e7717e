package org.camsrv.auth;

/** CDI event: a user chose a new password, so credentials made under the old one must end. */
public record PasswordChanged(long id, String name) {
}
