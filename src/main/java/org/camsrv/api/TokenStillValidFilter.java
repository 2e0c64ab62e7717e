package org.camsrv.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.camsrv.auth.token.TokenChecks;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses a token that mpJwt accepted (perhaps from its cache) but that is no longer good:
 * its user was removed or the key changed since it was signed.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TokenStillValidFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(TokenStillValidFilter.class.getName());

    @Inject
    TokenChecks checks;

    @Override
    public void filter(ContainerRequestContext request) {
        // Liberty also accepts a bare token without the "Bearer" scheme, but authenticates it only later,
        // when the role is checked, so the checks below would never see it: such headers are refused here.
        String header = request.getHeaderString(jakarta.ws.rs.core.HttpHeaders.AUTHORIZATION);
        if (header != null && TokenFailureFilter.bearerToken(header) == null && !ApiRoutes.isOpen(request)) {
            LOG.info("API request refused: Authorization header without the Bearer scheme");
            request.abortWith(ApiResponses.tokenRefused(ApiResponses.MISSING_HEADER, false));
            return;
        }
        java.security.Principal principal = request.getSecurityContext().getUserPrincipal();
        if (principal instanceof JsonWebToken token) {
            checks.refusalOf(token).ifPresent(reason -> {
                LOG.info(() -> "API request refused (" + reason + ") for user " + token.getName());
                request.abortWith(ApiResponses.tokenRefused(reason, true));
            });
        }
    }
}
