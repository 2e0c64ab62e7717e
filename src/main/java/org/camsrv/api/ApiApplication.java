package org.camsrv.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.camsrv.auth.token.TokenKind;

/** Mounts the API at /api, raspiCamSrv's base path. Bearer tokens are checked by Liberty's mpJwt. */
@ApplicationPath("/api")
@DeclareRoles({TokenKind.ACCESS_ROLE, TokenKind.REFRESH_ROLE})
public class ApiApplication extends Application {
}
