package org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.camsrv.ui.PageAccess.Pass;
import org.camsrv.ui.PageAccess.Redirect;
import org.camsrv.ui.PageAccess.Refuse;
import org.camsrv.ui.PageAccess.Visitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PageAccessTest {

    private final PageAccess access = new PageAccess(Set.of("/resources/css/camsrv.css",
            "/jakarta.faces.resource/css/camsrv.css.xhtml", "/resources/favicon.svg"));

    @ParameterizedTest
    @ValueSource(strings = {"/settings", "/settings.xhtml", "/live", "/info", "/photos", "/password", "/logout",
        "/", "", "/settings/", "/Settings", "/nothing-here", "/resources/", "/resources/css/",
        "/jakarta.faces.resource/settings.xhtml", "/jakarta.faces.resource/css/other.css.xhtml",
        "/resources/css/camsrv.css/", "/WEB-INF/web.xml", "/api"})
    void everythingNotNamedOpenSendsAStrangerToTheLoginPage(String path) {
        assertEquals(new Redirect("/login"), access.decide(path, Visitor.ANONYMOUS, () -> true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/resources/css/camsrv.css", "/jakarta.faces.resource/css/camsrv.css.xhtml",
        "/resources/favicon.svg", "/error.xhtml", "/expired.xhtml", "/notfound.xhtml", "/login", "/login.xhtml"})
    void onlyExactResourcesAndTheLoginPageAreOpen(String path) {
        assertEquals(new Pass(), access.decide(path, Visitor.ANONYMOUS, () -> true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/video_feed", "/video_feed2", "/photo_feed", "/photo_feed2"})
    void streamsFollowReqAuthForStreaming(String stream) {
        assertEquals(new Refuse(401), access.decide(stream, Visitor.ANONYMOUS, () -> true));
        assertEquals(new Pass(), access.decide(stream, Visitor.ANONYMOUS, () -> false));
        assertEquals(new Pass(), access.decide(stream, Visitor.USER, () -> true));
        assertEquals(new Refuse(401), access.decide(stream, Visitor.INITIAL_USER, () -> true),
                "an Initial user has not chosen a password yet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/video_feed/", "/video_feed.xhtml", "/VIDEO_FEED", "/video_feed/x"})
    void streamVariantsAreNotStreams(String path) {
        assertEquals(new Redirect("/login"), access.decide(path, Visitor.ANONYMOUS, () -> false));
    }

    @Test
    void beforeAnyoneRegistersEveryPageLeadsToRegister() {
        assertEquals(new Pass(), access.decide("/register", Visitor.NO_USERS_YET, () -> true));
        assertEquals(new Pass(), access.decide("/register.xhtml", Visitor.NO_USERS_YET, () -> true));
        assertEquals(new Redirect("/register"), access.decide("/settings", Visitor.NO_USERS_YET, () -> true));
        assertEquals(new Redirect("/register"), access.decide("/login", Visitor.NO_USERS_YET, () -> true));
    }

    @Test
    void registerIsClosedOnceAnyoneExists() {
        assertEquals(new Redirect("/login"), access.decide("/register", Visitor.ANONYMOUS, () -> true));
        assertEquals(new Redirect("/settings"), access.decide("/register", Visitor.USER, () -> true));
    }

    @Test
    void anInitialUserOnlyReachesThePasswordPageAndLogout() {
        assertEquals(new Pass(), access.decide("/password", Visitor.INITIAL_USER, () -> true));
        assertEquals(new Pass(), access.decide("/logout", Visitor.INITIAL_USER, () -> true));
        assertEquals(new Redirect("/password"), access.decide("/settings", Visitor.INITIAL_USER, () -> true));
        assertEquals(new Redirect("/password"), access.decide("/live", Visitor.INITIAL_USER, () -> true));
    }

    @Test
    void aUserHasEveryPageAndIsSentFromTheRootAndLoginToSettings() {
        assertEquals(new Pass(), access.decide("/settings", Visitor.USER, () -> true));
        assertEquals(new Pass(), access.decide("/nothing-here", Visitor.USER, () -> true), "the 404 page answers");
        assertEquals(new Redirect("/settings"), access.decide("/", Visitor.USER, () -> true));
        assertEquals(new Redirect("/settings"), access.decide("/login", Visitor.USER, () -> true));
    }

    @Test
    void onlyTheApiServletPathIsTheApi() {
        assertTrue(PageAccess.isApi("/api"));
        assertFalse(PageAccess.isApi("/settings"));
        assertFalse(PageAccess.isApi("/api/"));
        assertFalse(PageAccess.isApi("/apix"));
    }

    @Test
    void aKeyHolderHasTheStreamsAndNoPage() {
        for (String stream : PageAccess.STREAMS) {
            assertEquals(new Pass(), access.decide(stream, Visitor.KEY_HOLDER, () -> true), stream);
        }
        for (String page : java.util.List.of("/settings", "/live", "/photos", "/info", "/password", "/")) {
            assertEquals(new Redirect("/login"), access.decide(page, Visitor.KEY_HOLDER, () -> true), page);
        }
    }
}
