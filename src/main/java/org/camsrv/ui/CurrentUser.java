package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.camsrv.auth.User;
import org.camsrv.auth.UserService;

/** The logged-in user as the pages see it, read fresh from the database once per request. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    UiSession session;

    @Inject
    UserService users;

    private Optional<User> user;

    public Optional<User> get() {
        if (user == null) {
            user = session.isLoggedIn() ? users.findById(session.userId()) : Optional.empty();
        }
        return user;
    }

    public boolean isLoggedIn() {
        return get().isPresent();
    }

    public String getName() {
        return get().map(User::name).orElse("");
    }

    public boolean isSuperUser() {
        return get().map(User::superUser).orElse(false);
    }
}
