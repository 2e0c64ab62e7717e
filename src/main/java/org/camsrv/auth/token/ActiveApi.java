package org.camsrv.auth.token;

import org.camsrv.secrets.JwtKeys;

/**
 * What the API runs with since the last start: the signing keys and the token lifetimes
 * (0 = never expires). Fixed at start; changes wait for the next restart.
 */
public record ActiveApi(JwtKeys keys, int accessMinutes, int refreshDays) {
}
