package org.camsrv.api;

import jakarta.ws.rs.container.ContainerRequestContext;

/** The route of an API request as the filters compare it: the path under /api, without slashes at either end. */
final class ApiRoutes {

    static final String LOGIN = "login";
    static final String REFRESH = "refresh";
    static final String JWKS = "jwks";

    private ApiRoutes() {
    }

    static String of(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.endsWith("/") && path.length() > start ? path.length() - 1 : path.length();
        return path.substring(start, Math.max(start, end));
    }

    /** Routes that need no token: logging in and the public key set. */
    static boolean isOpen(ContainerRequestContext request) {
        String route = of(request);
        return route.equals(LOGIN) || route.equals(JWKS);
    }

    /** The route cut short, so that a hostile path cannot flood the log. */
    static String forLog(ContainerRequestContext request) {
        String route = of(request);
        return route.length() > 80 ? route.substring(0, 80) + "…" : route;
    }
}
