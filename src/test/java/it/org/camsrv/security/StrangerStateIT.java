package it.org.camsrv.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.RawHttp;
import it.org.camsrv.support.WebSession;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A stranger's requests leave nothing on the server: the login page, the register page, the redirects to them
 * and a failed login open no session (issue 20, item 1), while the owner's login still opens one.
 */
@ExtendWith(ArquillianExtension.class)
class StrangerStateIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("stranger-state");

    @Deployment(testable = false)
    static WebArchive deployment() {
        PlainUser.importInto(DATA);
        return CamsrvArchive.withDataDirectory(DATA).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void anonymousPagesSetNoCookie() {
        RawHttp stranger = RawHttp.to(base);
        for (int i = 0; i < 20; i++) {
            for (String path : List.of("/login", "/register", "/", "/settings", "/no-such-page")) {
                RawHttp.Answer answer = stranger.get(path, Map.of());
                assertTrue(answer.status() == 200 || answer.status() == 302, path + ": " + answer);
                assertNull(answer.header("Set-Cookie"), path + " sets no cookie for a stranger: " + answer.headers());
            }
        }
        RawHttp.Answer login = stranger.get("/login", Map.of());
        assertTrue(login.body().contains("value=\"stateless\""), "the login form keeps no view on the server");
    }

    @Test
    void aFailedLoginSetsNoCookieAndTheOwnersLoginOpensASession() {
        RawHttp stranger = RawHttp.to(base).from("127.0.0.3");
        Map<String, String> form = loginForm(stranger, PlainUser.OWNER, "wrong-password");
        RawHttp.Answer failed = stranger.send("POST", "/login", formHeaders(), WebSession.formBody(form));
        assertEquals(200, failed.status(), failed.toString());
        assertTrue(failed.body().contains("Invalid username or password"), failed.toString());
        assertNull(failed.header("Set-Cookie"), "a failed login leaves no session: " + failed.headers());

        WebSession owner = new WebSession(RawHttp.to(base)).logIn(PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
        assertTrue(owner.sessionCookie() != null, "the login opened a session");
        RawHttp.Answer settings = owner.get("/settings");
        assertEquals(200, settings.status(), settings.toString());
        assertTrue(settings.hasViewState() && !settings.body().contains("value=\"stateless\""),
                "a logged-in user's forms keep their view on the server (their CSRF token)");
    }

    @Test
    void aLoginFormPostedFromAnotherSiteIsRefused() {
        RawHttp http = RawHttp.to(base);
        Map<String, String> form = loginForm(http, PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
        Map<String, String> headers = formHeaders();
        headers.put("Origin", "http://attacker.example");
        RawHttp.Answer refused = http.send("POST", "/login", headers, WebSession.formBody(form));
        assertEquals(403, refused.status(), refused.toString());
        assertNull(refused.header("Set-Cookie"), "no session for a cross-site login");

        headers.put("Origin", "null");
        headers.put("Sec-Fetch-Site", "cross-site");
        assertEquals(403, http.send("POST", "/login", headers, WebSession.formBody(form)).status(), "a browser's word");

        // Chrome under "Referrer-Policy: no-referrer": Origin null, but Sec-Fetch-Site tells the truth.
        headers.put("Sec-Fetch-Site", "same-origin");
        RawHttp.Answer accepted = http.send("POST", "/login", headers, WebSession.formBody(form));
        assertEquals(302, accepted.status(), "the same post from the server's own page logs in: " + accepted);

        headers.remove("Sec-Fetch-Site");
        headers.put("Origin", "http://" + base.getHost() + ":" + base.getPort());
        assertEquals(302, http.send("POST", "/login", headers, WebSession.formBody(form)).status(),
                "an older browser's own Origin");
    }

    private static Map<String, String> loginForm(RawHttp http, String name, String password) {
        Map<String, String> form = WebSession.form(http.get("/login", Map.of()), "login");
        form.put("login:username", name);
        form.put("login:password", password);
        form.put("login:submit", "Log In");
        return form;
    }

    private static Map<String, String> formHeaders() {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        return headers;
    }
}
