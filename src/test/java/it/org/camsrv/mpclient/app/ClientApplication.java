package it.org.camsrv.mpclient.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * Test code only: another team's MicroProfile service that trusts CamSrv's tokens through CamSrv's
 * key set (mp.jwt.verify.publickey.location = CamSrv's /api/jwks), deployed to a second Liberty.
 */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
public class ClientApplication extends Application {
}
