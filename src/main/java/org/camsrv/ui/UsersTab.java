package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camsrv.auth.User;
import org.camsrv.auth.UserImport;
import org.camsrv.auth.UserService;
import org.camsrv.migration.RaspiCamSrvImportException;

/** The Users tab, for SuperUsers only: every action checks that again, whatever the page showed. */
@Named
@RequestScoped
public class UsersTab {

    @Inject
    UserService users;

    @Inject
    CurrentUser currentUser;

    private final Map<Long, Boolean> selected = new HashMap<>();
    private String newName;
    private String newPassword;
    private String raspiCamSrvDatabase;

    public List<User> getUsers() {
        return currentUser.isSuperUser() ? users.listUsers() : List.of();
    }

    public String register() {
        if (!currentUser.isSuperUser()) {
            return null;
        }
        try {
            if (users.addInitialUser(newName == null ? null : newName.strip(), newPassword).isEmpty()) {
                Pages.error("users:newName", "A user with this name exists already");
                return null;
            }
        } catch (IllegalArgumentException e) {
            Pages.error("users:newName", e.getMessage());
            return null;
        }
        Pages.info("User " + newName.strip() + " registered; they choose their own password at first login");
        return back();
    }

    public String remove() {
        User actor = currentUser.get().filter(User::superUser).orElse(null);
        if (actor == null) {
            return null;
        }
        List<Long> ids = selected.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).toList();
        if (ids.isEmpty()) {
            Pages.error(null, "Please select the users to remove");
            return null;
        }
        for (long id : ids) {
            try {
                users.removeUser(actor, id);
            } catch (IllegalArgumentException e) {
                Pages.error(null, e.getMessage());
                return null;
            }
        }
        Pages.info(ids.size() == 1 ? "User removed" : ids.size() + " users removed");
        return back();
    }

    /** Imports raspiCamSrv's users from its database file; a bad path gets a message next to the field. */
    public String importUsers() {
        if (!currentUser.isSuperUser()) {
            return null;
        }
        if (raspiCamSrvDatabase == null || raspiCamSrvDatabase.isBlank() || raspiCamSrvDatabase.indexOf('\0') >= 0) {
            Pages.error("import:database", "Please enter the path of raspiCamSrv's database file");
            return null;
        }
        try {
            java.nio.file.Path database = java.nio.file.Path.of(raspiCamSrvDatabase.strip());
            if (!database.isAbsolute()) {
                Pages.error("import:database", "Please give the full path, starting with /");
                return null;
            }
            UserImport.Report report = users.importRaspiCamSrvUsers(database);
            Pages.info(report.summary());
        } catch (RaspiCamSrvImportException | java.nio.file.InvalidPathException e) {
            Pages.error("import:database", e instanceof RaspiCamSrvImportException ? e.getMessage() : "This is not a valid path");
            return null;
        }
        return back();
    }

    private static String back() {
        return Pages.redirectTo("/settings") + "&tab=users";
    }

    public String getRaspiCamSrvDatabase() {
        return raspiCamSrvDatabase;
    }

    public void setRaspiCamSrvDatabase(String raspiCamSrvDatabase) {
        this.raspiCamSrvDatabase = raspiCamSrvDatabase;
    }

    public Map<Long, Boolean> getSelected() {
        return selected;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
