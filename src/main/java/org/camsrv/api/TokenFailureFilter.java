package org.camsrv.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import org.camsrv.auth.token.TokenChecks;
import org.camsrv.log.RateLimitedLog;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Gives mpJwt's empty 401s and the role check's 403s the statuses and bodies raspiCamSrv clients
 * expect: {@code 401 {"msg": "Token has expired"}}, {@code 422 {"msg": "Signature verification failed"}}
 * and so on. (A web.xml error page does not reach
 * JAX-RS resources guarded by {@code @RolesAllowed}; a response filter does.)
 */
@Provider
public class TokenFailureFilter implements ContainerResponseFilter {

    /** API refusals, from this filter and TokenStillValidFilter: one line per 10 s, then how many more. */
    static final RateLimitedLog REFUSALS = RateLimitedLog.refusals(TokenFailureFilter.class, Level.INFO);

    @Inject
    TokenChecks checks;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (response.hasEntity() || (status != 401 && status != 403)) {
            return;
        }
        String bearer = bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        String reason;
        if (status == 403 && request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken) {
            reason = ApiRoutes.of(request).equals(ApiRoutes.REFRESH) ? ApiResponses.ONLY_REFRESH : ApiResponses.ONLY_ACCESS;
        } else if (bearer == null) {
            reason = request.getHeaderString(HttpHeaders.AUTHORIZATION) == null ? ApiResponses.MISSING_HEADER
                    : ApiResponses.MISSING_BEARER;
        } else {
            reason = checks.explainRejection(bearer);
        }
        REFUSALS.log(() -> "API request refused (" + reason + "): " + request.getMethod() + " /api/" + ApiRoutes.forLog(request));
        Response refused = ApiResponses.tokenRefused(reason, bearer != null);
        response.setStatus(refused.getStatus());
        String challenge = refused.getHeaderString("WWW-Authenticate");
        if (challenge == null) {
            response.getHeaders().remove("WWW-Authenticate"); // a 422 challenges nobody
        } else {
            response.getHeaders().putSingle("WWW-Authenticate", challenge);
        }
        response.setEntity(refused.getEntity(), null, MediaType.APPLICATION_JSON_TYPE);
    }

    /** The token of an "Authorization: Bearer …" header, or null when there is none. */
    static String bearerToken(String header) {
        if (header == null) {
            return null;
        }
        String trimmed = header.strip();
        if (trimmed.length() < 7 || !trimmed.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = trimmed.substring(7).strip();
        return token.isEmpty() ? null : token;
    }
}
