package it.org.camsrv.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.RawHttp;
import it.org.camsrv.support.WebSession;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Over HTTPS the session cookie is Secure; over HTTP it is not, so that logins over HTTP keep working (issue 20,
 * item 6). The redirect of HTTP pages is off by default, and so is HSTS, which would bind every port of the host
 * name to HTTPS (HttpsRedirectIT checks it with the redirect on).
 */
@ExtendWith(ArquillianExtension.class)
class HttpsIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("https");

    @Deployment(testable = false)
    static WebArchive deployment() {
        PlainUser.importInto(DATA);
        return CamsrvArchive.withDataDirectory(DATA).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void httpsSendsASecureSessionCookieAndNoHstsWithoutTheRedirect() {
        RawHttp https = RawHttp.to(base).overTls();
        RawHttp.Answer login = https.get("/login", Map.of());
        assertEquals(200, login.status(), login.toString());
        assertNull(login.header("Strict-Transport-Security"), "HSTS would also close http://<pi>:5000: " + login.headers());

        WebSession owner = new WebSession(https).logIn(PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
        RawHttp.Answer settings = owner.get("/settings");
        assertEquals(200, settings.status(), settings.toString());
        String cookie = settings.header("Set-Cookie");
        assertTrue(cookie != null && cookie.startsWith("JSESSIONID=" + owner.sessionCookie() + ";"),
                "the session cookie comes again: " + settings.headers());
        assertTrue(cookie.contains("; Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        assertNull(owner.get("/info").header("Set-Cookie"), "once per session id");
        assertEquals(200, owner.get("/info").status(), "the session goes on with the Secure cookie");
    }

    @Test
    void httpSendsNeitherAndDoesNotRedirectByDefault() {
        RawHttp http = RawHttp.to(base);
        RawHttp.Answer login = http.get("/login", Map.of());
        assertEquals(200, login.status(), "no redirect unless camsrv.https.redirect is on: " + login);
        assertNull(login.header("Strict-Transport-Security"), "HSTS never over HTTP (RFC 6797)");

        WebSession owner = new WebSession(http).logIn(PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
        RawHttp.Answer settings = owner.get("/settings");
        assertEquals(200, settings.status(), settings.toString());
        String cookie = settings.header("Set-Cookie");
        assertFalse(cookie != null && cookie.contains("Secure"), "a login over HTTP keeps a cookie it can send: " + cookie);
    }
}
