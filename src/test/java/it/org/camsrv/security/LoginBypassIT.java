package it.org.camsrv.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.RawHttp;
import it.org.camsrv.support.WebSession;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ways around the login that outsiders found, sent as raw request lines so that nothing
 * normalises them first: dot segments (raw and encoded), path parameters, doubled slashes, the
 * .xhtml suffix, trailing slashes, through every open prefix; and tokens outside the Authorization
 * header. Each answer is printed, for the record.
 */
@ExtendWith(ArquillianExtension.class)
class LoginBypassIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("login-bypass");

    private static final List<String> PAGES = List.of("settings", "live", "info", "photos", "password", "logout");
    private static final List<String> STREAMS = List.of("video_feed", "video_feed2", "photo_feed", "photo_feed2");

    @Deployment(testable = false)
    static WebArchive deployment() {
        PlainUser.importInto(DATA);
        return CamsrvArchive.withDataDirectory(DATA)
                .with("camsrv.api.secrets.file", CamsrvArchive.secretsFileIn(DATA).toString()).build();
    }

    @ArquillianResource
    URL base;

    /** At least 25 spellings of one path, each of which a lax guard might let through. */
    static List<String> variants(String name) {
        String p = "/" + name;
        return List.of(p, p + ".xhtml", p + "/", p + ".xhtml/", "/" + p, p + "//", "/./" + name, p + "/.",
                "/api/.." + p, "/api/%2e%2e" + p, "/api/%2E%2E" + p, "/api/..;" + p, "/api/..%2f" + name,
                "/api/%2e%2e%2f" + name, "/api/login/../.." + p, "/api/../" + name + ".xhtml",
                "/resources/.." + p, "/resources/%2e%2e" + p, "/resources/css/../.." + p,
                "/jakarta.faces.resource/.." + p, "/jakarta.faces.resource/%2e%2e" + p,
                "/openapi/.." + p, "/health/.." + p, "/nowhere/.." + p, "/%2e" + p, "/%2e%2e" + p, "/%2F" + name,
                p + ";x=1", p + ";jsessionid=0000", p + ".xhtml;x", p + "%3Bx", p + "%2exhtml", p + "?tab=api",
                "/login/.." + p, "/login.xhtml/.." + p, "/register/.." + p);
    }

    @Test
    void everyVariantOfEveryPageSendsAStrangerToTheLoginPage() {
        RawHttp http = RawHttp.to(base);
        List<String> record = new ArrayList<>();
        for (String page : PAGES) {
            List<String> variants = variants(page);
            assertTrue(variants.size() >= 25);
            for (String path : variants) {
                RawHttp.Answer answer = http.get(path, Map.of());
                record.add(path + " -> " + answer.status() + (answer.location() == null ? "" : " " + answer.location()));
                assertRefused(path, answer);
            }
        }
        record.forEach(line -> System.out.println("anonymous page: " + line));
    }

    @Test
    void everyVariantOfEveryStreamIsRefusedToAStranger() {
        RawHttp http = RawHttp.to(base);
        for (String stream : STREAMS) {
            for (String path : variants(stream)) {
                RawHttp.Answer answer = http.get(path, Map.of());
                System.out.println("anonymous stream: " + path + " -> " + answer.status());
                assertRefused(path, answer);
                assertFalse(String.valueOf(answer.header("Content-Type")).startsWith("multipart/"), path + " streamed frames");
            }
        }
    }

    @Test
    void noVariantShowsAPlainUserTheSuperUsersControls() {
        RawHttp http = RawHttp.to(base);
        WebSession plain = new WebSession(http).logIn(PlainUser.NAME, PlainUser.PASSWORD);
        for (String tab : List.of("users", "api", "configuration", "parameters")) {
            for (String path : variants("settings")) {
                String withTab = path.contains("?") ? path.replace("tab=api", "tab=" + tab) : path + "?tab=" + tab;
                RawHttp.Answer answer = plain.get(withTab);
                System.out.println("plain user: " + withTab + " -> " + answer.status());
                assertTrue(answer.status() == 200 || answer.status() == 302 || (answer.status() >= 400 && answer.status() < 500),
                        withTab + ": " + answer);
                String body = answer.body();
                assertFalse(body.contains("id=\"userList\"") || body.contains("id=\"users\"") || body.contains("id=\"import\""),
                        withTab + " showed the Users tab");
                assertFalse(body.contains("id=\"api:path\"") || body.contains("id=\"api:submit\""), withTab + " showed the API settings form");
                assertFalse(body.contains("id=\"configuration:store\"") || body.contains("id=\"configuration:restart\""),
                        withTab + " showed store or restart");
                assertFalse(body.contains("id=\"parameters:submit\""), withTab + " showed a Submit for the parameters");
            }
        }
    }

    @Test
    void tokensOutsideTheAuthorizationHeaderCountAsNoToken() {
        ApiClient api = new ApiClient(base);
        var tokens = api.login(PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
        String access = tokens.getString("access_token");
        String refresh = tokens.getString("refresh_token");
        RawHttp http = RawHttp.to(base);
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
        List<RawHttp.Answer> answers = List.of(
                http.send("POST", "/api/refresh", form, "access_token=" + refresh),
                http.send("POST", "/api/probe", form, "access_token=" + access),
                http.get("/api/protected?access_token=" + access, Map.of()),
                http.get("/api/take_photo?access_token=" + access, Map.of()),
                http.send("POST", "/api/refresh?access_token=" + refresh, Map.of(), null),
                http.get("/api/protected", Map.of("Cookie", "Bearer=" + access)),
                http.get("/api/protected", Map.of("Cookie", "access_token=" + access)));
        for (RawHttp.Answer answer : answers) {
            assertEquals(401, answer.status(), answer.toString());
            assertTrue(answer.body().contains("Missing Authorization Header"), answer.toString());
        }
        RawHttp.Answer bare = http.get("/api/info", Map.of("Authorization", access));
        assertEquals(401, bare.status(), bare.toString());
        assertTrue(bare.body().contains("Missing 'Bearer' type in 'Authorization' header"), bare.toString());
        RawHttp.Answer header = http.get("/api/protected", Map.of("Authorization", "Bearer " + access));
        assertEquals(200, header.status(), "the same token in the header works: " + header);
    }

    @Test
    void noSpellingOfAProtectedApiRouteAnswersWithoutAToken() {
        RawHttp http = RawHttp.to(base);
        List<String> spellings = List.of("/api/protected", "/api/protected/", "/api//protected", "/api/./protected",
                "/api/protected;x=1", "/api/login/../protected", "/api/jwks/../protected", "/api/jwks/..;/protected",
                "/settings/../api/protected", "/resources/../api/protected", "/api/login/../take_photo",
                "/api/jwks/../info", "/api/%70rotected", "/API/protected", "/api/login/..%2fprotected");
        for (String path : spellings) {
            RawHttp.Answer answer = http.get(path, Map.of());
            System.out.println("anonymous API: " + path + " -> " + answer.status());
            assertRefused(path, answer); // a 4xx, or the login page where the path is no API route ("/API/…")
        }
    }

    @Test
    void pagesReachedThroughTheApiPrefixGetThePagePolicy() {
        RawHttp.Answer answer = RawHttp.to(base).get("/api/../login", Map.of());
        assertEquals(200, answer.status(), answer.toString());
        assertTrue(String.valueOf(answer.header("Content-Security-Policy")).contains("script-src 'self'"),
                "the security headers judge the resolved path too: " + answer.headers());
    }

    private static void assertRefused(String path, RawHttp.Answer answer) {
        boolean libertyOwnApp = path.startsWith("/openapi/") || path.startsWith("/health/");
        if (libertyOwnApp && answer.status() == 200 && !answer.body().contains("<html")) {
            return; // Liberty's OpenAPI and Health applications own those prefixes and answer their public documents
        }
        boolean toLogin = answer.status() == 302 && answer.location() != null && answer.location().endsWith("/login");
        boolean clientError = answer.status() >= 400 && answer.status() < 500;
        assertTrue(toLogin || clientError, path + " was not refused: " + answer);
        assertFalse(answer.hasViewState(), path + " rendered a form: " + answer);
    }
}
