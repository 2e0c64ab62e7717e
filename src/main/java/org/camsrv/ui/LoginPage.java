package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camsrv.auth.LoginService;

/** The /login form. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    LoginService logins;

    @Inject
    UiSession session;

    private String username;
    private String password;

    public String logIn() {
        LoginService.Outcome outcome = logins.checkPassword(username, Pages.chars(password), Pages.clientAddress(),
                "Page login").join();
        password = null;
        if (outcome instanceof LoginService.Throttled throttled) {
            Pages.tooManyRequests(null, throttled);
            return null;
        }
        if (!(outcome instanceof LoginService.Accepted accepted)) {
            Pages.error(null, "Invalid username or password");
            return null;
        }
        Pages.renewSessionId();
        session.logIn(accepted.user());
        return Pages.redirectTo(accepted.user().initial() ? "/password" : "/settings");
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
