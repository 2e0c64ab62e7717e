package org.camsrv.auth;

import com.sun.jna.Library;

/**
 * The two calls CamSrv makes into the Argon2 reference library (Debian's libargon2-1). One entry point,
 * {@code argon2_ctx}, serves both the hashes CamSrv stores and the RFC 9106 vectors with secret and
 * associated data, so the known-answer tests check the very call the logins make.
 */
public interface Argon2Library extends Library {

    /** {@code argon2_type} for Argon2id. */
    int ARGON2_ID = 2;
    /** {@code ARGON2_VERSION_13}, the version every current implementation writes as {@code v=19}. */
    int ARGON2_VERSION_13 = 0x13;
    /** {@code ARGON2_OK}. */
    int ARGON2_OK = 0;

    int argon2_ctx(Argon2Context context, int type);

    String argon2_error_message(int errorCode);
}
