package org.camsrv.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camsrv.auth.User;
import org.camsrv.auth.viewer.ViewerKey;
import org.camsrv.auth.viewer.ViewerKeys;

/**
 * The Viewer Keys tab, for every logged-in user whether the API is on or not: make a key for Home Assistant or an
 * NVR, see it once, list and revoke. A new key lives only in this request-scoped bean for the one response that
 * shows it. Revoke names the key by its id in the form, so a list that changed meanwhile cannot revoke another row;
 * whether the user may revoke it is decided again on the server.
 */
@Named
@RequestScoped
public class ViewerKeysTab {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    static final String KEY_ID_FIELD = "keyId";

    @Inject
    ViewerKeys viewerKeys;

    @Inject
    CurrentUser currentUser;

    private String name;
    private String createdKey;

    public String create() {
        external().setResponseHeader("Cache-Control", "no-store");
        User user = currentUser.get().orElseThrow();
        try {
            createdKey = viewerKeys.create(user, name);
            name = null;
        } catch (IllegalArgumentException problem) {
            Pages.error("viewerKeys:name", problem.getMessage());
        }
        return null;
    }

    public String revoke() {
        User user = currentUser.get().orElseThrow();
        long keyId;
        try {
            keyId = Long.parseLong(external().getRequestParameterMap().getOrDefault(KEY_ID_FIELD, ""));
        } catch (NumberFormatException e) {
            Pages.error(null, "No viewer key was named; nothing was revoked");
            return null;
        }
        switch (viewerKeys.revoke(user, keyId)) {
            case REVOKED -> Pages.info("Viewer key revoked: what used it is refused from now on, and its streams end");
            case NO_SUCH_KEY -> Pages.info("That viewer key was revoked already");
            case NOT_YOURS -> {
                external().setResponseStatus(403);
                Pages.error(null, "Only its owner or a SuperUser may revoke a viewer key; nothing was revoked");
                return null;
            }
        }
        return Pages.redirectTo("/settings") + "&tab=" + SettingsPage.KEYS;
    }

    public List<ViewerKey> getKeys() {
        return currentUser.get().map(viewerKeys::listFor).orElse(List.of());
    }

    public String format(Instant time) {
        return time == null ? "never" : TIME.format(time);
    }

    /** This server as the browser reached it, for the URLs to give Home Assistant. */
    public String getServerUrl() {
        ExternalContext external = external();
        int port = external.getRequestServerPort();
        String scheme = external.getRequestScheme();
        boolean defaultPort = port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
        return scheme + "://" + external.getRequestServerName() + (defaultPort ? "" : ":" + port);
    }

    public int getMaxPerUser() {
        return ViewerKeys.MAX_PER_USER;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The key just made, for this one response only. */
    public String getCreatedKey() {
        return createdKey;
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
