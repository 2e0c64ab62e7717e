package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.camsrv.auth.FirstStart;
import org.camsrv.auth.LoginService;
import org.camsrv.auth.User;
import org.camsrv.auth.UserService;

/**
 * The /register form, open only while no user exists: the first person becomes SuperUser. From another
 * machine the form also asks for the setup code from the server's log.
 */
@Named
@RequestScoped
public class RegisterPage {

    private static final String CODE_FIELD = "register:setupCode";

    @Inject
    UserService users;

    @Inject
    UiSession session;

    @Inject
    FirstStart firstStart;

    private String username;
    private String setupCode;
    private String password;
    private String confirmation;

    public boolean isCodeNeeded() {
        return firstStart.needsCode(Pages.clientAddress());
    }

    public String register() {
        if (password == null || !password.equals(confirmation)) {
            Pages.error("register:confirmation", "The two passwords differ");
            return null;
        }
        Optional<LoginService.Outcome> refused = firstStart.refusalOf(Pages.clientAddress(), username, setupCode);
        if (refused.isPresent()) {
            if (refused.get() instanceof LoginService.Throttled throttled) {
                Pages.tooManyRequests(CODE_FIELD, throttled);
            } else {
                Pages.error(CODE_FIELD, "The setup code is not correct: it is in the server's log, on the line "
                        + "\"No user exists yet\"");
            }
            return null;
        }
        Optional<User> user;
        try {
            user = users.registerFirstSuperUser(username, password);
        } catch (IllegalArgumentException e) {
            Pages.error(null, e.getMessage());
            return null;
        }
        if (user.isEmpty()) {
            Pages.info("A SuperUser has already registered; please log in");
            return Pages.redirectTo("/login");
        }
        Pages.renewSessionId();
        session.logIn(user.get());
        Pages.info("Welcome, " + user.get().name() + ": you are the SuperUser of this server");
        return Pages.redirectTo("/settings");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getSetupCode() {
        return null;
    }

    public void setSetupCode(String setupCode) {
        this.setupCode = setupCode;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return null;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
