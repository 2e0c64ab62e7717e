package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.camsrv.auth.LoginThrottle;
import org.camsrv.auth.User;
import org.camsrv.auth.UserService;

/** The /login form. */
@Named
@RequestScoped
public class LoginPage {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(LoginPage.class.getName());

    @Inject
    UserService users;

    @Inject
    UiSession session;

    @Inject
    LoginThrottle throttle;

    private String username;
    private String password;

    public String logIn() {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        String address = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getRemoteAddr();
        Optional<java.time.Duration> wait = throttle.waitBeforeTrying(username, address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", Long.toString(seconds));
            LOG.info(() -> "Page login refused: too many failed logins (retry in " + seconds + " s)");
            Pages.error(null, "Too many failed logins. Please try again in " + seconds + " seconds.");
            return null;
        }
        Optional<User> user = users.authenticate(username, password == null ? new char[0] : password.toCharArray());
        password = null;
        if (user.isEmpty()) {
            throttle.recordFailure(username, address);
            Pages.error(null, "Invalid username or password");
            return null;
        }
        throttle.recordSuccess(username, address);
        Pages.renewSessionId();
        session.logIn(user.get().id());
        return Pages.redirectTo(user.get().initial() ? "/password" : "/settings");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
