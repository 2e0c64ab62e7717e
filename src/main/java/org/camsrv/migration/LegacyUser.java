package org.camsrv.migration;

import java.util.Objects;

/**
 * A user as raspiCamSrv stored it, with the werkzeug password hash it wrote. The hash is kept
 * out of {@link #toString()}: it is not the password, but it is enough to start guessing it offline.
 */
public record LegacyUser(String name, String passwordHash, boolean superUser, boolean initial) {

    public LegacyUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    @Override
    public String toString() {
        return "LegacyUser[name=" + name + ", superUser=" + superUser + ", initial=" + initial + "]";
    }
}
