package org.camsrv.auth;

/** CDI event: a user was removed, so whatever belonged to the user must go too. */
public record UserRemoved(long id, String name) {
}
