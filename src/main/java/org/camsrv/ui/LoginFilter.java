package org.camsrv.ui;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.camsrv.auth.User;
import org.camsrv.auth.UserService;
import org.camsrv.auth.viewer.KeyCheck;
import org.camsrv.settings.SettingsService;

/**
 * The login guard of every request but the API's (declared in web.xml for all paths, after the
 * security headers): {@link PageAccess} decides on the path the container resolved. With no users
 * yet everything leads to /register; without a login to /login; an Initial user only reaches
 * /password until the password is changed. A viewer key is looked at on the streams only, and only while they
 * need a login: anywhere else a key is no login at all.
 */
public class LoginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    CurrentUser currentUser;

    @Inject
    UiSession session;

    @Inject
    SettingsService settings;

    @Inject
    StreamAccess streamAccess;

    private transient PageAccess access;

    @Override
    public void init() {
        access = new PageAccess(staticResources(getServletContext()));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (PageAccess.isApi(request.getServletPath())) {
            chain.doFilter(request, response);
            return;
        }
        String path = resolvedPath(request);
        if (access.isOpenResource(path)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<KeyCheck> key = PageAccess.STREAMS.contains(path) && settings.parameters().streamingNeedsLogin()
                ? streamAccess.viewerKey(request) : Optional.empty();
        if (key.isPresent() && !(key.get() instanceof KeyCheck.Accepted)) {
            refuseKey(key.get(), request, response);
            return;
        }
        PageAccess.Visitor visitor = key.isPresent() ? PageAccess.Visitor.KEY_HOLDER : visitor(request);
        PageAccess.Decision decision = access.decide(path, visitor, () -> settings.parameters().streamingNeedsLogin());
        if (decision instanceof PageAccess.Redirect redirect) {
            response.sendRedirect(request.getContextPath() + redirect.page());
        } else if (decision instanceof PageAccess.Refuse refuse) {
            refuse(refuse.status(), "Please log in first.", request, response);
        } else if (isCrossSiteFormWithoutSession(request, visitor)) {
            refuse(HttpServletResponse.SC_FORBIDDEN, "This form must be sent from this server's own page.", request,
                    response);
        } else {
            if (visitor == PageAccess.Visitor.USER || visitor == PageAccess.Visitor.INITIAL_USER) {
                SecureSessionCookie.markOnHttps(request, response);
            }
            if (visitor == PageAccess.Visitor.USER) {
                // Pages of a logged-in user show settings and, once, a token: keep them out of every cache.
                response.setHeader("Cache-Control", "no-store");
            }
            chain.doFilter(request, response);
        }
    }

    private static void refuseKey(KeyCheck check, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (check instanceof KeyCheck.Throttled throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.seconds()));
            refuse(429, throttled.message(), request, response);
        } else {
            refuse(401, ((KeyCheck.Rejected) check).reason(), request, response);
        }
    }

    /**
     * A stream's refusal as text. A 401 to a client without a session also asks for HTTP Basic: ffmpeg and some
     * NVRs send the key only when asked. The Live page's picture always comes with its session cookie, so a
     * browser whose login ended is not shown a password dialog.
     */
    private static void refuse(int status, String message, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (status == 401 && request.getRequestedSessionId() == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"CamSrv viewer key\", charset=\"UTF-8\"");
        }
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message + "\n");
    }

    /**
     * A form posted by a visitor without a login from another site's page. The login and register pages keep no
     * view on the server (no session for strangers), so their forms carry no token against cross-site posts; the
     * browser says where the post comes from instead: Sec-Fetch-Site where it sends one (current browsers), else
     * the Origin header. Under the pages' "Referrer-Policy: no-referrer" Chrome sends "Origin: null" even for a
     * post from the page itself, so Sec-Fetch-Site comes first.
     */
    private static boolean isCrossSiteFormWithoutSession(HttpServletRequest request, PageAccess.Visitor visitor) {
        boolean withoutLogin = visitor == PageAccess.Visitor.ANONYMOUS || visitor == PageAccess.Visitor.NO_USERS_YET;
        if (!withoutLogin || !"POST".equals(request.getMethod())) {
            return false;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !(site.equals("same-origin") || site.equals("none"));
        }
        return !SameOrigin.allows(request.getHeader("Origin"), request.getHeader("Host"));
    }

    /** The path as the container mapped it: never the raw URI, which may hold "..", ";" or encodings. */
    static String resolvedPath(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }

    private PageAccess.Visitor visitor(HttpServletRequest request) {
        if (users.hasNoUsers()) {
            return PageAccess.Visitor.NO_USERS_YET;
        }
        // No session, no login: and no session is made for a stranger's request.
        Optional<User> user = request.getSession(false) == null ? Optional.empty() : currentUser.get();
        if (user.isEmpty()) {
            if (request.getSession(false) != null && session.isLoggedIn()) {
                session.logOut(); // the user was removed or changed the password elsewhere
            }
            return PageAccess.Visitor.ANONYMOUS;
        }
        return user.get().initial() ? PageAccess.Visitor.INITIAL_USER : PageAccess.Visitor.USER;
    }

    /**
     * Every file under the web application's resources folder, at the two exact paths that serve it:
     * the folder itself (the favicon) and Faces' resource handler (style sheet and script).
     */
    private static Set<String> staticResources(ServletContext context) {
        Set<String> paths = new HashSet<>();
        addFiles(context, "/resources/", paths);
        Set<String> open = new HashSet<>(paths);
        for (String path : paths) {
            open.add("/jakarta.faces.resource/" + path.substring("/resources/".length()) + ".xhtml");
        }
        return open;
    }

    private static void addFiles(ServletContext context, String folder, Set<String> paths) {
        Set<String> entries = context.getResourcePaths(folder);
        if (entries == null) {
            return;
        }
        for (String entry : entries) {
            if (entry.endsWith("/")) {
                addFiles(context, entry, paths);
            } else {
                paths.add(entry);
            }
        }
    }
}
