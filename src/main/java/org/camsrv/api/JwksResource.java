package org.camsrv.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camsrv.auth.token.ApiActivation;

/**
 * The public key set, so that other MicroProfile services can verify CamSrv's tokens
 * ({@code mp.jwt.verify.publickey.location=http://<pi>:5000/api/jwks}) without any secret.
 * Answers an empty set while the API is not active.
 */
@Path("/jwks")
@RequestScoped
public class JwksResource {

    @Inject
    ApiActivation activation;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Response keySet() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(activation.keySetJson(), MediaType.APPLICATION_JSON_TYPE).cacheControl(cache).build();
    }
}
