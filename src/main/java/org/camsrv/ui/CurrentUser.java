package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.faces.context.FacesContext;
import java.util.Optional;
import java.util.logging.Level;
import org.camsrv.auth.User;
import org.camsrv.auth.UserService;
import org.camsrv.log.RateLimitedLog;

/** The logged-in user as the pages see it, read fresh from the database once per request. */
@Named
@RequestScoped
public class CurrentUser {

    private static final RateLimitedLog REFUSALS = RateLimitedLog.refusals(CurrentUser.class, Level.WARNING);

    @Inject
    UiSession session;

    @Inject
    UserService users;

    @Inject
    HttpServletRequest request;

    private Optional<User> user;

    public Optional<User> get() {
        if (user == null) {
            // Without a session nobody is logged in; asking the session bean would create one for a stranger.
            user = request.getSession(false) == null ? Optional.empty() : session.user(users);
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

    /**
     * Every action that changes how the server is secured or run asks this first, whatever the page
     * showed: a form can be posted by hand. A plain user gets 403, a message, and a line in the log.
     */
    public boolean maySecureAndRunServer(String action) {
        if (isSuperUser()) {
            return true;
        }
        REFUSALS.log(() -> "Refused for " + (isLoggedIn() ? "user " + getName() : "a visitor who is not logged in")
                + " (not a SuperUser): " + action);
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
        Pages.error(null, "Only a SuperUser may do this: " + action);
        return false;
    }
}
