package org.camsrv.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer: no sniffing, no framing (clickjacking), no referrer leaving
 * the Pi, and for pages a Content-Security-Policy that allows only the app's own files: no inline
 * script at all (the pages use no Faces Ajax, whose buttons would need inline handlers; CamSrv's own
 * script is a file).
 */
// Declared in web.xml, for every path and before the login guard, so that its redirects carry the headers too.
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; "
            + "object-src 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        // On the path the container resolved: "/api/../settings" is the settings page and gets the page policy.
        if (!PageAccess.isApi(request.getServletPath())) {
            response.setHeader("Content-Security-Policy", PAGE_POLICY);
        }
        chain.doFilter(request, new TooManyRequestsReason(response));
    }
}
