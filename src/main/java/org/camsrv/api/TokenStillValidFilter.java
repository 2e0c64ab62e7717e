package org.camsrv.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.camsrv.auth.token.TokenChecks;
import org.camsrv.auth.token.TokenKind;
import org.camsrv.log.SafeLog;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses a request without a bearer header, and a token that mpJwt accepted (perhaps from its
 * cache) but that is no longer good: its user was removed, its password changed or the key changed
 * since it was signed.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TokenStillValidFilter implements ContainerRequestFilter {

    private static final SafeLog LOG = SafeLog.of(TokenStillValidFilter.class);

    @Inject
    TokenChecks checks;

    @Override
    public void filter(ContainerRequestContext request) {
        if (ApiRoutes.isOpen(request)) {
            return;
        }
        // Only "Authorization: Bearer <token>" counts. Liberty would also take a token from a form field or a query
        // parameter (access_token) or a header without the scheme, but authenticate it only later, when the role is
        // checked, past the checks below: such a request has no token as far as CamSrv is concerned.
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (TokenFailureFilter.bearerToken(header) == null) {
            String reason = header == null ? ApiResponses.MISSING_HEADER : ApiResponses.MISSING_BEARER;
            TokenFailureFilter.REFUSALS.log(() -> "API request refused (" + reason + "): " + request.getMethod() + " /api/"
                    + ApiRoutes.forLog(request));
            request.abortWith(ApiResponses.tokenRefused(reason, false));
            return;
        }
        java.security.Principal principal = request.getSecurityContext().getUserPrincipal();
        if (principal instanceof JsonWebToken token) {
            refusalOf(token, ApiRoutes.of(request).equals(ApiRoutes.REFRESH)).ifPresent(reason -> {
                TokenFailureFilter.REFUSALS.log(() -> "API request refused (" + reason + ") for user " + token.getName());
                request.abortWith(ApiResponses.tokenRefused(reason, true));
            });
        }
    }

    /** A dead token is refused as such; a live one of the wrong kind by its typ header, whatever its groups (RFC 8725, 3.11). */
    private Optional<String> refusalOf(JsonWebToken token, boolean refreshRoute) {
        Optional<String> dead = checks.refusalOf(token);
        if (dead.isPresent()) {
            return dead;
        }
        TokenKind needed = refreshRoute ? TokenKind.REFRESH : TokenKind.ACCESS;
        if (!checks.kindOf(token).equals(Optional.of(needed))) {
            return Optional.of(refreshRoute ? ApiResponses.ONLY_REFRESH : ApiResponses.ONLY_ACCESS);
        }
        return Optional.empty();
    }
}
