package org.camsrv.auth.token;

import org.camsrv.secrets.JwtKeys;

/**
 * What the API runs with since the last start: the signing keys, the token lifetimes (0 = never
 * expires) and the issuer its tokens name, {@code camsrv:<installation id>}, so that another
 * installation's tokens are refused even where both trust the same key. Fixed at start.
 */
public record ActiveApi(JwtKeys keys, int accessMinutes, int refreshDays, String issuer) {

    /** The issuer of tokens signed outside an installation (unit tests, tools). */
    public static final String PLAIN_ISSUER = "camsrv";

    public ActiveApi(JwtKeys keys, int accessMinutes, int refreshDays) {
        this(keys, accessMinutes, refreshDays, PLAIN_ISSUER);
    }

    public static String issuerOf(String installationId) {
        return PLAIN_ISSUER + ":" + installationId;
    }
}
