package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.camsrv.auth.LoginService;
import org.camsrv.auth.User;
import org.camsrv.auth.UserService;
import org.camsrv.auth.token.GeneratedTokens;

/**
 * The /password form: change one's own password; Initial users land here at first login. The
 * current password is checked under the login throttle, so this form is no back door for guessing.
 */
@Named
@RequestScoped
public class PasswordPage {

    private static final String CURRENT_FIELD = "password:current";

    @Inject
    UserService users;

    @Inject
    LoginService logins;

    @Inject
    CurrentUser currentUser;

    @Inject
    UiSession session;

    @Inject
    GeneratedTokens generatedTokens;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public boolean isInitial() {
        return currentUser.get().map(User::initial).orElse(false);
    }

    /** The generated tokens the change would end, named on the page before the user decides. */
    public List<String> getTokensThatEnd() {
        return currentUser.get().map(generatedTokens::namesOf).orElse(List.of());
    }

    public String change() {
        User user = currentUser.get().orElseThrow();
        if (!currentPasswordMatches(user)) {
            return null;
        }
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Pages.error("password:confirmation", "The two new passwords differ");
            return null;
        }
        if (newPassword.equals(currentPassword)) {
            Pages.error("password:new", "Please choose a password that differs from the current one");
            return null;
        }
        boolean hadTokens = !generatedTokens.namesOf(user).isEmpty();
        User changed;
        try {
            changed = users.changePassword(user, newPassword);
        } catch (IllegalArgumentException e) {
            Pages.error("password:new", e.getMessage());
            return null;
        }
        // This session carries on with the new password; the user's other sessions end.
        Pages.renewSessionId();
        session.logIn(changed);
        Pages.info(hadTokens ? "Your password has been changed, and your generated access tokens were revoked"
                : "Your password has been changed");
        return Pages.redirectTo("/settings");
    }

    private boolean currentPasswordMatches(User user) {
        LoginService.Outcome outcome = logins.checkPassword(user.name(), Pages.chars(currentPassword),
                Pages.clientAddress(), "Password page").join();
        if (outcome instanceof LoginService.Throttled throttled) {
            Pages.tooManyRequests(CURRENT_FIELD, throttled);
            return false;
        }
        if (!(outcome instanceof LoginService.Accepted accepted) || accepted.user().id() != user.id()) {
            Pages.error(CURRENT_FIELD, "The current password is not correct");
            return false;
        }
        return true;
    }

    public String getCurrentPassword() {
        return null;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return null;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
