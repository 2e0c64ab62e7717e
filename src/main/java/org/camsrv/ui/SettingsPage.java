package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.camsrv.settings.SettingsService;

/**
 * The Settings page's tabs: which exist for this user and which is open. Users only for a
 * SuperUser, API only while access through the API is allowed, Integrations (MQTT) for all, read-only
 * but for a SuperUser, Viewer Keys for all (a user's own keys; a SuperUser's list has everybody's); asking for a tab one may not
 * see opens Parameters instead.
 */
@Named
@RequestScoped
public class SettingsPage {

    public static final String PARAMETERS = "parameters";
    public static final String CONFIGURATION = "configuration";
    public static final String USERS = "users";
    public static final String API = "api";
    public static final String INTEGRATIONS = "integrations";
    public static final String KEYS = "keys";

    /** A tab as the menu shows it. */
    public record Tab(String id, String title) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    SettingsService settings;

    private String requested;

    public List<Tab> getTabs() {
        List<Tab> tabs = new ArrayList<>();
        tabs.add(new Tab(PARAMETERS, "Parameters"));
        tabs.add(new Tab(CONFIGURATION, "Configuration"));
        if (currentUser.isSuperUser()) {
            tabs.add(new Tab(USERS, "Users"));
        }
        if (settings.apiSettings().apiAllowed()) {
            tabs.add(new Tab(API, "API"));
        }
        tabs.add(new Tab(INTEGRATIONS, "Integrations"));
        tabs.add(new Tab(KEYS, "Viewer Keys"));
        return tabs;
    }

    /** The open tab, from {@code ?tab=}. */
    public String getTab() {
        if (requested == null) {
            String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("tab");
            requested = getTabs().stream().map(Tab::id).filter(id -> id.equals(asked)).findFirst().orElse(PARAMETERS);
        }
        return requested;
    }

    public boolean isOpen(String tab) {
        return getTab().equals(tab);
    }
}
