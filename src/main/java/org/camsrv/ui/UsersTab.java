package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camsrv.auth.User;
import org.camsrv.auth.UserService;
import org.camsrv.migration.RaspiCamSrvImportException;
import org.camsrv.settings.SettingsService;

/** The Users tab, for SuperUsers only: every action checks that again, whatever the page showed. */
@Named
@RequestScoped
public class UsersTab {

    @Inject
    UserService users;

    @Inject
    SettingsService settings;

    @Inject
    CurrentUser currentUser;

    private static final String IMPORT_FIELD = "import:database";
    private static final String SETTINGS_FIELD = "importSettings:folder";

    private final Map<Long, Boolean> selected = new HashMap<>();
    private String newName;
    private String newPassword;
    private String raspiCamSrvDatabase;
    private String raspiCamSrvConfig;

    public List<User> getUsers() {
        return currentUser.isSuperUser() ? users.listUsers() : List.of();
    }

    public String register() {
        if (!currentUser.maySecureAndRunServer("register a user")) {
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
        if (!currentUser.maySecureAndRunServer("remove users")) {
            return null;
        }
        User actor = currentUser.get().orElseThrow();
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
        if (!currentUser.maySecureAndRunServer("import users")) {
            return null;
        }
        return importFrom(raspiCamSrvDatabase, IMPORT_FIELD, "Please enter the path of raspiCamSrv's database file",
                path -> users.importRaspiCamSrvUsers(path).summary());
    }

    /** Takes raspiCamSrv's stored settings as unsaved changes; a bad path or file gets a message next to the field. */
    public String importSettings() {
        if (!currentUser.maySecureAndRunServer("import settings")) {
            return null;
        }
        return importFrom(raspiCamSrvConfig, SETTINGS_FIELD,
                "Please enter the path of raspiCamSrv's config folder or its serverConfig.json",
                path -> settings.importRaspiCamSrvSettings(path).summary());
    }

    /** One import from raspiCamSrv, answering its summary. */
    private interface RaspiCamSrvImport {
        String summary(Path path) throws RaspiCamSrvImportException;
    }

    /** The path is checked before anything is opened; the summary is the page's message, a refusal goes next to the field. */
    private static String importFrom(String text, String field, String missing, RaspiCamSrvImport action) {
        Optional<String> problem = pathProblem(text, missing);
        if (problem.isPresent()) {
            Pages.error(field, problem.get());
            return null;
        }
        try {
            Pages.info(action.summary(Path.of(text.strip())));
        } catch (RaspiCamSrvImportException e) {
            Pages.error(field, e.getMessage());
            return null;
        }
        return back();
    }

    /** What is wrong with the typed path before any file is opened, if anything. */
    private static Optional<String> pathProblem(String text, String missing) {
        if (text == null || text.isBlank() || text.indexOf('\0') >= 0) {
            return Optional.of(missing);
        }
        try {
            return Path.of(text.strip()).isAbsolute() ? Optional.empty()
                    : Optional.of("Please give the full path, starting with /");
        } catch (InvalidPathException e) {
            return Optional.of("This is not a valid path");
        }
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

    public String getRaspiCamSrvConfig() {
        return raspiCamSrvConfig;
    }

    public void setRaspiCamSrvConfig(String raspiCamSrvConfig) {
        this.raspiCamSrvConfig = raspiCamSrvConfig;
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
