package org.camsrv.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.camsrv.auth.token.ApiActivation;

/** While the API is not active, every route but the key set answers 503, before anything else runs. */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500)
public class ApiActiveFilter implements ContainerRequestFilter {

    static final String NOT_ACTIVE = "API is not active";

    @Inject
    ApiActivation activation;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!activation.isActive() && !ApiRoutes.of(request).equals(ApiRoutes.JWKS)) {
            request.abortWith(ApiResponses.error(Response.Status.SERVICE_UNAVAILABLE, NOT_ACTIVE));
        }
    }
}
