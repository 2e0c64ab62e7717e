package org.camsrv.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a WebSocket handshake comes from CamSrv's own pages: its Origin must name the host and port the
 * request was sent to (its Host header). Browsers send cookies with a WebSocket handshake from any site and do
 * not apply the same-origin rule to it, so without this check another site's page could open the live view
 * with its visitor's login (cross-site WebSocket hijacking). A client that is no browser sends no Origin; it
 * has no visitor's cookies to abuse and must log in (or bring a key) like any other.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    /** @param origin the Origin header, or null; @param host the Host header, or null */
    static boolean allows(String origin, String host) {
        if (origin == null) {
            return true;
        }
        if (host == null || host.isBlank()) {
            return false;
        }
        URI from;
        URI to;
        try {
            from = new URI(origin.trim());
            to = new URI("http://" + host.trim());
        } catch (URISyntaxException e) {
            return false; // "null" (a sandboxed frame, a file) and anything else that is no origin
        }
        String scheme = from.getScheme() == null ? "" : from.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || from.getHost() == null || to.getHost() == null
                || from.getRawPath() != null && !from.getRawPath().isEmpty() || from.getRawUserInfo() != null
                || to.getRawPath() != null && !to.getRawPath().isEmpty() || to.getRawUserInfo() != null) {
            return false;
        }
        int defaultPort = scheme.equals("https") ? 443 : 80;
        int fromPort = from.getPort() < 0 ? defaultPort : from.getPort();
        // A Host without a port means the default port of the scheme the browser used (a TLS proxy may sit in front).
        int toPort = to.getPort() < 0 ? defaultPort : to.getPort();
        return from.getHost().equalsIgnoreCase(to.getHost()) && fromPort == toPort;
    }
}
