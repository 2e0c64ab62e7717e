package org.camsrv.ui;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.camsrv.auth.User;
import org.camsrv.auth.UserService;

/**
 * Who is logged in to the browser UI. The UI has its own session login, apart from Jakarta
 * Security's mechanisms, because those would take bearer-token checking away from mpJwt.
 */
@SessionScoped
public class UiSession implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Who logged in, and the password version they logged in with: a later password change ends this session. */
    private record Login(long userId, long passwordVersion) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private volatile Login login;

    public boolean isLoggedIn() {
        return login != null;
    }

    /** The logged-in user, while they exist and have not changed their password since this session's login. */
    Optional<User> user(UserService users) {
        Login current = login;
        return current == null ? Optional.empty() : users.findForSession(current.userId(), current.passwordVersion());
    }

    /** Cheap check for long answers (the live stream): this session's user still exists with the same password. */
    boolean isStillValid(UserService users) {
        Login current = login;
        return current != null && users.isCurrentPassword(current.userId(), current.passwordVersion());
    }

    /**
     * The same check for later, outside this request (a WebSocket's re-checks run on a timer): this session's
     * login as it is now, which stays valid while that user exists with the same password.
     */
    BooleanSupplier loginCheck(UserService users) {
        Login current = login;
        return () -> current != null && users.isCurrentPassword(current.userId(), current.passwordVersion());
    }

    /** The logged-in user's id, or null. */
    Long userId() {
        Login current = login;
        return current == null ? null : current.userId();
    }

    void logIn(User user) {
        login = new Login(user.id(), user.passwordVersion());
    }

    void logOut() {
        login = null;
    }
}
