/** Viewer keys: what Home Assistant and NVRs send as a password to watch a user's cameras, kept only as a keyed hash. */
package org.camsrv.auth.viewer;
