package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.camsrv.auth.User;
import org.camsrv.auth.UserService;

/** The /login form. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    UserService users;

    @Inject
    UiSession session;

    private String username;
    private String password;

    public String logIn() {
        Optional<User> user = users.authenticate(username, password == null ? new char[0] : password.toCharArray());
        password = null;
        if (user.isEmpty()) {
            Pages.error(null, "Invalid username or password");
            return null;
        }
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
