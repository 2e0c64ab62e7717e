package org.camsrv.ui;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code camsrv.https.redirect} on, pages asked over HTTP are sent to the same page on the HTTPS port,
 * so that passwords and session cookies of the browser UI never cross the network in clear text. The API
 * and the camera streams stay on HTTP: raspiCamSrv's clients and Home Assistant talk plain HTTP to port
 * 5000 and would not follow a redirect to a certificate they do not trust. Off by default: a browser meets
 * the server's self-signed certificate first, and the owner decides when to accept it.
 */
public class HttpsRedirectFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "camsrv.https.redirect", defaultValue = "false")
    boolean redirect;

    /** The server's HTTPS port: the variable server.xml reads from HTTPS_PORT. */
    @Inject
    @ConfigProperty(name = "https.port", defaultValue = "5443")
    int httpsPort;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = LoginFilter.resolvedPath(request);
        if (redirect && !request.isSecure() && !PageAccess.isApi(request.getServletPath())
                && !PageAccess.STREAMS.contains(path)) {
            String target = httpsUrl(request.getHeader("Host"), request.getServerName(), httpsPort,
                    request.getRequestURI(), request.getQueryString());
            boolean safeMethod = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
            // 308 keeps the method and body of a form posted over HTTP; a GET is moved for good.
            response.setStatus(safeMethod ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
            response.setHeader("Location", target);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The same host the browser named (when it is a plain name or address), on the HTTPS port. */
    static String httpsUrl(String hostHeader, String serverName, int port, String rawPath, String query) {
        String host = SecurityHeadersFilter.isPlainHost(hostHeader) ? withoutPort(hostHeader) : serverName;
        return "https://" + host + (port == 443 ? "" : ":" + port) + rawPath + (query == null ? "" : "?" + query);
    }

    private static String withoutPort(String host) {
        int close = host.lastIndexOf(']');
        int colon = host.lastIndexOf(':');
        return colon > close ? host.substring(0, colon) : host;
    }
}
