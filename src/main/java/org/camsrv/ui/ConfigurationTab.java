package org.camsrv.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Level;
import org.camsrv.data.HiddenPaths;
import org.camsrv.log.SafeLog;
import org.camsrv.settings.ConfigurationChanges;
import org.camsrv.settings.ServerRestart;
import org.camsrv.settings.SettingsService;
import org.camsrv.settings.StoredConfigurationException;

/** The Configuration tab: unsaved changes, store, load, start with stored configuration, restart. */
@Named
@RequestScoped
public class ConfigurationTab {

    private static final SafeLog LOG = SafeLog.of(ConfigurationTab.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Inject
    SettingsService settings;

    @Inject
    ServerRestart restart;

    @Inject
    CurrentUser currentUser;

    private boolean startWithStored;

    @PostConstruct
    void showCurrent() {
        startWithStored = settings.startsWithStoredConfiguration();
    }

    /** A change as the list shows it. */
    public record Row(String time, String text) {
    }

    public List<Row> getChanges() {
        // A plain user sees what changed, but not where the secrets file lies.
        boolean superUser = currentUser.isSuperUser();
        return settings.unsavedChanges().stream()
                .map((ConfigurationChanges.Change c) -> new Row(TIME.format(c.time()),
                        superUser ? c.text() : HiddenPaths.mask(c.text())))
                .toList();
    }

    public String store() {
        if (!currentUser.maySecureAndRunServer("store the configuration")) {
            return null;
        }
        try {
            settings.storeConfiguration();
            settings.setStartWithStoredConfiguration(startWithStored);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Storing the configuration failed", e);
            Pages.error(null, "The configuration could not be stored: " + e.getMessage());
            return null;
        }
        Pages.info("Configuration stored");
        return back();
    }

    public String load() {
        if (!currentUser.maySecureAndRunServer("load the stored configuration")) {
            return null;
        }
        try {
            settings.loadStoredConfiguration();
        } catch (StoredConfigurationException e) {
            Pages.error(null, e.getMessage());
            return null;
        }
        Pages.info("Stored configuration loaded. API clients keep working with the settings the server started with until it is restarted.");
        return back();
    }

    public String applyStartWithStored() {
        if (!currentUser.maySecureAndRunServer("choose how the server starts")) {
            return null;
        }
        try {
            settings.setStartWithStoredConfiguration(startWithStored);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Saving the start option failed", e);
            Pages.error(null, "The start option could not be saved: " + e.getMessage());
            return null;
        }
        Pages.info(startWithStored ? "The server will start with the stored configuration"
                : "The server will start with the default configuration");
        return back();
    }

    public String restartServer() {
        if (!currentUser.maySecureAndRunServer("restart the server")) {
            return null;
        }
        if (!restart.restartApplication()) {
            Pages.error(null, "This server cannot restart the application itself; please restart the service");
            return null;
        }
        return Pages.redirectTo("/restarting");
    }

    private static String back() {
        return Pages.redirectTo("/settings") + "&tab=configuration";
    }

    public boolean isStartWithStored() {
        return startWithStored;
    }

    public void setStartWithStored(boolean startWithStored) {
        this.startWithStored = startWithStored;
    }
}
