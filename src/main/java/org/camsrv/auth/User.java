package org.camsrv.auth;

/**
 * A user as stored. {@code initial} users were created by a SuperUser and must choose their own
 * password in the UI before they may use the API.
 */
public record User(long id, String name, String passwordHash, boolean superUser, boolean initial) {

    @Override
    public String toString() {
        return "User[id=" + id + ", name=" + name + ", superUser=" + superUser + ", initial=" + initial + "]";
    }
}
