/**
 * The settings model, the stored configuration (JSON files under the config folder) and the API status line.
 * Plain Java without CDI, so these rules unit-test without a container; beans elsewhere wire them in.
 */
package org.camsrv.settings;
