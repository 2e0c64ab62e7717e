/**
 * The settings model, the stored configuration (JSON files under the config folder) and the API status line.
 * The rules are plain Java, so they unit-test without a container; SettingsService and ServerRestart wire them in.
 */
package org.camsrv.settings;
