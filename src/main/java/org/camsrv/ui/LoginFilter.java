package org.camsrv.ui;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.camsrv.auth.User;
import org.camsrv.auth.UserService;

/**
 * Guards every Faces page (and the bare "/"): with no users yet everything leads to /register; without a login to
 * /login; an Initial user only reaches /password until the password is changed. The API has
 * its own guard (bearer tokens) and is left alone here.
 */
@WebFilter(servletNames = "Faces Servlet", urlPatterns = "/")
public class LoginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> OPEN_PAGES = Set.of("/login", "/login.xhtml", "/error.xhtml",
            "/expired.xhtml", "/notfound.xhtml", "/favicon.ico");

    @Inject
    UserService users;

    @Inject
    UiSession session;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isApiOrResource(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (users.hasNoUsers()) {
            pass(isPage(path, "/register"), "/register", request, response, chain);
            return;
        }
        if (isPage(path, "/register")) {
            redirect("/login", request, response);
            return;
        }
        Optional<User> user = session.isLoggedIn() ? users.findById(session.userId()) : Optional.empty();
        if (user.isEmpty()) {
            session.logOut();
            pass(OPEN_PAGES.contains(path), "/login", request, response, chain);
        } else if (user.get().initial()) {
            pass(isPage(path, "/password") || isPage(path, "/logout"), "/password", request, response, chain);
        } else if (path.equals("/") || isPage(path, "/login")) {
            redirect("/settings", request, response);
        } else {
            // Pages of a logged-in user show settings and, once, a token: keep them out of every cache.
            response.setHeader("Cache-Control", "no-store");
            chain.doFilter(request, response);
        }
    }

    private static void pass(boolean allowed, String otherwise, HttpServletRequest request,
            HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (allowed) {
            chain.doFilter(request, response);
        } else {
            redirect(otherwise, request, response);
        }
    }

    private static void redirect(String page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + page);
    }

    private static boolean isPage(String path, String page) {
        return path.equals(page) || path.equals(page + ".xhtml");
    }

    private static boolean isApiOrResource(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/") || path.equals("/error.xhtml") || path.equals("/expired.xhtml")
                || path.equals("/notfound.xhtml");
    }
}
