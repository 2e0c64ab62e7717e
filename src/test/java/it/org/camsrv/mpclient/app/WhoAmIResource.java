package it.org.camsrv.mpclient.app;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** A route guarded by CamSrv's access tokens, and one that passes the caller's token on to CamSrv. */
@Path("/")
@RequestScoped
@RolesAllowed("access")
@Produces(MediaType.TEXT_PLAIN)
public class WhoAmIResource {

    @Inject
    JsonWebToken token;

    @Inject
    @RestClient
    CamsrvApi camsrv;

    @GET
    @Path("whoami")
    public String whoAmI() {
        return "token of " + token.getName() + " from " + token.getIssuer();
    }

    /** Lets in either group of CamSrv's: here only the audience tells a refresh token from an access token. */
    @GET
    @Path("whoami-any-token")
    @RolesAllowed({"access", "refresh"})
    public String whoAmIWithAnyToken() {
        return "token of " + token.getName();
    }

    @GET
    @Path("camsrv-protected")
    public String camsrvProtected() {
        return camsrv.protectedRoute();
    }
}
