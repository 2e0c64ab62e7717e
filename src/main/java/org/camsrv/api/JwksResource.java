package org.camsrv.api;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
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
        List<com.nimbusds.jose.jwk.JWK> keys = activation.current()
                .map(api -> List.<com.nimbusds.jose.jwk.JWK>of(new ECKey.Builder(Curve.P_256, api.keys().publicKey())
                        .keyID(api.keys().keyId())
                        .keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.ES256)
                        .build()))
                .orElse(List.of());
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(new JWKSet(keys).toString(true), MediaType.APPLICATION_JSON_TYPE).cacheControl(cache).build();
    }
}
