package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camsrv.auth.User;
import org.camsrv.auth.UserService;

/** The /password form: change one's own password; Initial users land here at first login. */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    UserService users;

    @Inject
    CurrentUser currentUser;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public boolean isInitial() {
        return currentUser.get().map(User::initial).orElse(false);
    }

    public String change() {
        User user = currentUser.get().orElseThrow();
        if (users.authenticate(user.name(), chars(currentPassword)).isEmpty()) {
            Pages.error("password:current", "The current password is not correct");
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
        try {
            users.changePassword(user, newPassword);
        } catch (IllegalArgumentException e) {
            Pages.error("password:new", e.getMessage());
            return null;
        }
        Pages.renewSessionId();
        Pages.info("Your password has been changed");
        return Pages.redirectTo("/settings");
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
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
