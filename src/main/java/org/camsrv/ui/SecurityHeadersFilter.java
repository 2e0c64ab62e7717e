package org.camsrv.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

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
            + "img-src 'self' data:; media-src 'self' blob:; connect-src 'self'%s; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'none'; object-src 'none'";

    static final String HSTS = "max-age=31536000";

    /**
     * HSTS binds a whole host name, every port, for a year: a browser that got it from :5443 would also refuse
     * http://pi:5000 and a Home Assistant at http://pi:8123. So it is sent only when the owner has moved the pages
     * to HTTPS (camsrv.https.redirect), where it keeps the browser from ever sending the first request in clear.
     */
    private boolean hsts;

    @Override
    public void init() {
        hsts = ConfigProvider.getConfig().getOptionalValue("camsrv.https.redirect", Boolean.class).orElse(false);
    }

    /** A Host header that may stand in the policy: a name or an address, and a port; nothing that could end the header's syntax. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:[0-9]{1,5})?");

    /**
     * The page policy for a request to {@code host}. The Live page's H.264 view opens a WebSocket back to the same
     * host: 'self' covers ws: and wss: in the CSP 3 rules, but not in every browser yet, so they are named; media-src
     * allows the blob: URL of its Media Source. Nothing else is allowed to connect anywhere.
     */
    static String pagePolicy(String host) {
        String sockets = isPlainHost(host) ? " ws://" + host + " wss://" + host : "";
        return String.format(PAGE_POLICY, sockets);
    }

    /** A Host header that is a name or an address with an optional port, nothing else. */
    static boolean isPlainHost(String host) {
        return host != null && HOST.matcher(host).matches();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (hsts && request.isSecure()) {
            // Over HTTPS only (RFC 6797): the browser then keeps to HTTPS for this host for a year.
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        // On the path the container resolved: "/api/../settings" is the settings page and gets the page policy.
        if (!PageAccess.isApi(request.getServletPath())) {
            response.setHeader("Content-Security-Policy", pagePolicy(request.getHeader("Host")));
        }
        chain.doFilter(request, new TooManyRequestsReason(response));
    }
}
