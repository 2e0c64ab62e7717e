package org.camsrv.settings;

/** The API presets of a fresh install, as SettingsService hands them to the store; fixed here so tests can name the values. */
final class Presets {

    static final ApiSettings API = new ApiSettings(true, "", 60, 0);

    private Presets() {
    }
}
