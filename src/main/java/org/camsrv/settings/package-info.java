/**
 * The settings model, the stored configuration (JSON files under the config folder), the API status line, and
 * the import of raspiCamSrv's stored settings.
 * The rules are plain Java, so they unit-test without a container; SettingsService and ServerRestart wire them in.
 */
package org.camsrv.settings;
