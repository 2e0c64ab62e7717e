package org.camsrv.auth;

/**
 * A user as stored. {@code initial} users were created by a SuperUser and must choose their own
 * password in the UI before they may use the API. {@code passwordVersion} counts password changes:
 * browser sessions and login tokens from before the last change no longer count.
 */
public record User(long id, String name, String passwordHash, boolean superUser, boolean initial, long passwordVersion) {

    public User(long id, String name, String passwordHash, boolean superUser, boolean initial) {
        this(id, name, passwordHash, superUser, initial, 0);
    }

    @Override
    public String toString() {
        return "User[id=" + id + ", name=" + name + ", superUser=" + superUser + ", initial=" + initial + "]";
    }
}
