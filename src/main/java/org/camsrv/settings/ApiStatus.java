package org.camsrv.settings;

import java.util.Locale;
import java.util.Objects;

/**
 * The colour-coded status line of the API tab. The API is switched on or off only by a
 * restart, so the status compares the settings the server started with against the settings
 * now on screen and tells the user whether a store and restart is still needed.
 */
public enum ApiStatus {

    NOT_ACTIVE(Colour.RED, "API not active. Please specify JWT authentication settings"),
    ACTIVATE_AFTER_RESTART(Colour.YELLOW,
            "To activate the API, store configuration and restart server with stored configuration"),
    ACTIVE(Colour.GREEN, "API is active"),
    UPDATE_EXPIRATION_AFTER_RESTART(Colour.YELLOW,
            "To update token expiration, store configuration and restart server with stored configuration"),
    DEACTIVATE_AFTER_RESTART(Colour.YELLOW,
            "To deactivate the API, store configuration and restart server with stored configuration");

    /** The colour of the status line. */
    public enum Colour {
        RED, YELLOW, GREEN;

        /** Lower-case name, usable as a CSS class. */
        public String cssName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Colour colour;
    private final String text;

    ApiStatus(Colour colour, String text) {
        this.colour = colour;
        this.text = text;
    }

    public String text() {
        return text;
    }

    public Colour colour() {
        return colour;
    }

    /**
     * The status for {@code current}, the settings now on screen (submitted, perhaps not stored).
     * {@code atStart} are the settings the API was activated with at the last start and may be
     * null when {@code activeNow} is false; {@code currentPathUsable} says whether the current
     * path leads to a usable secrets file.
     */
    public static ApiStatus of(ApiSettings atStart, boolean activeNow, ApiSettings current, boolean currentPathUsable) {
        Objects.requireNonNull(current, "current");
        if (!activeNow) {
            boolean wouldActivate = current.apiAllowed() && current.hasSecretsPath() && currentPathUsable;
            return wouldActivate ? ACTIVATE_AFTER_RESTART : NOT_ACTIVE;
        }
        Objects.requireNonNull(atStart, "atStart");
        if (!current.apiAllowed() || !current.hasSecretsPath()) {
            return DEACTIVATE_AFTER_RESTART;
        }
        if (!current.secretsFilePath().equals(atStart.secretsFilePath())) {
            // A new key file needs a restart too; one that cannot be used would leave the API off after it.
            return currentPathUsable ? ACTIVATE_AFTER_RESTART : DEACTIVATE_AFTER_RESTART;
        }
        if (current.accessMinutes() != atStart.accessMinutes() || current.refreshDays() != atStart.refreshDays()) {
            return UPDATE_EXPIRATION_AFTER_RESTART;
        }
        return ACTIVE;
    }
}
