package org.camsrv.ui;

import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Who may have which path of the web application: one decision for every request that is not the
 * API's. It judges the path the container resolved (servlet path plus path info: dot segments, path
 * parameters and encodings already undone), never the raw request URI, and it denies by default:
 * only the exact paths named here are open; everything else needs a logged-in user.
 */
final class PageAccess {

    /** What happens with a request. */
    sealed interface Decision permits Pass, Redirect, Refuse {
    }

    /** Serve it. */
    record Pass() implements Decision {
    }

    /** Send the browser to this page of the application instead. */
    record Redirect(String page) implements Decision {
    }

    /** Answer with this status and no content (a stream the viewer may not see). */
    record Refuse(int status) implements Decision {
    }

    /** Who asks. */
    enum Visitor {
        /** Nobody is registered yet. */
        NO_USERS_YET,
        ANONYMOUS,
        /** Logged in, but must choose a password first. */
        INITIAL_USER,
        USER,
        /** Brought a live viewer key (looked at on the streams only): a stranger everywhere else. */
        KEY_HOLDER
    }

    static final String API_SERVLET_PATH = "/api";

    /** Pages shown whenever the server needs them; they hold no data. */
    private static final Set<String> ERROR_PAGES = Set.of("/error.xhtml", "/expired.xhtml", "/notfound.xhtml");

    /** The camera streams: open to anyone while "Req. Auth for Streaming" is off. */
    static final Set<String> STREAMS = Set.of("/video_feed", "/video_feed2", "/photo_feed", "/photo_feed2", LiveVideoServlet.PATH);

    private static final Decision PASS = new Pass();

    private final Set<String> staticResources;

    /** @param staticResources the exact paths of the application's style sheets, scripts and icons */
    PageAccess(Set<String> staticResources) {
        this.staticResources = Set.copyOf(staticResources);
    }

    /** True for the API, which guards itself with bearer tokens (mpJwt and its filters). */
    static boolean isApi(String servletPath) {
        return API_SERVLET_PATH.equals(servletPath);
    }

    /** True for the style sheets, scripts, icons and error pages, which anyone may have. */
    boolean isOpenResource(String path) {
        return staticResources.contains(path) || ERROR_PAGES.contains(path);
    }

    /**
     * @param streamingNeedsLogin whether the camera streams need a login now (only asked for a stream)
     */
    Decision decide(String path, Visitor visitor, BooleanSupplier streamingNeedsLogin) {
        if (isOpenResource(path)) {
            return PASS;
        }
        if (STREAMS.contains(path)) {
            boolean allowed = visitor == Visitor.USER || visitor == Visitor.KEY_HOLDER || !streamingNeedsLogin.getAsBoolean();
            return allowed ? PASS : new Refuse(401);
        }
        return switch (visitor) {
            case NO_USERS_YET -> isPage(path, "/register") ? PASS : new Redirect("/register");
            case ANONYMOUS, KEY_HOLDER -> isPage(path, "/login") ? PASS : new Redirect("/login");
            case INITIAL_USER -> isPage(path, "/password") || isPage(path, "/logout") ? PASS : new Redirect("/password");
            case USER -> isRoot(path) || isPage(path, "/login") || isPage(path, "/register") ? new Redirect("/settings") : PASS;
        };
    }

    private static boolean isPage(String path, String page) {
        return path.equals(page) || path.equals(page + ".xhtml");
    }

    private static boolean isRoot(String path) {
        return path.isEmpty() || path.equals("/");
    }
}
