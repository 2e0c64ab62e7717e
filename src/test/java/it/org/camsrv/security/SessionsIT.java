package it.org.camsrv.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.MjpegStream;
import it.org.camsrv.support.RawHttp;
import it.org.camsrv.support.UsersTabRows;
import it.org.camsrv.support.WebSession;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions end when they should: a password change ends the user's other sessions and older login
 * tokens, logout takes a form post, a removed user's stream stops, streams are capped; and a
 * stranger's failed logins cannot lock the owner out.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionsIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("sessions");
    private static final String NEW_PASSWORD = "plain-password-2";

    @Deployment(testable = false)
    static WebArchive deployment() {
        PlainUser.importInto(DATA);
        return CamsrvArchive.withDataDirectory(DATA)
                .with("camsrv.api.secrets.file", CamsrvArchive.secretsFileIn(DATA).toString()).build();
    }

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aStrangersFailuresDoNotLockTheOwnerOut() {
        RawHttp stranger = RawHttp.to(base).from("127.0.0.2");
        for (int i = 0; i < 12; i++) {
            RawHttp.Answer wrong = stranger.send("POST", "/api/login", Map.of(),
                    "{\"username\": \"" + PlainUser.OWNER + "\", \"password\": \"guess-" + i + "\"}");
            assertTrue(wrong.status() == 401 || wrong.status() == 429, wrong.toString());
        }
        RawHttp.Answer refused = stranger.send("POST", "/api/login", Map.of(),
                "{\"username\": \"" + PlainUser.OWNER + "\", \"password\": \"" + PlainUser.OWNER_PASSWORD + "\"}");
        assertEquals(429, refused.status(), "the stranger's address waits: " + refused);
        assertEquals("Too Many Requests", refused.reason(), "the status line names the status");
        assertTrue(Integer.parseInt(refused.header("Retry-After")) > 0);

        long started = System.nanoTime();
        RawHttp.Answer owner = RawHttp.to(base).send("POST", "/api/login", Map.of(),
                "{\"username\": \"" + PlainUser.OWNER + "\", \"password\": \"" + PlainUser.OWNER_PASSWORD + "\"}");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, owner.status(), "the owner's own address had no failure: " + owner);
        System.out.println("owner login after 12 failures from 127.0.0.2: " + owner.status() + " in " + millis + " ms");
    }

    @Test
    @Order(2)
    void thePasswordPageIsThrottledLikeTheLogin() {
        WebSession plain = new WebSession(RawHttp.to(base).from("127.0.0.3")).logIn(PlainUser.NAME, PlainUser.PASSWORD);
        RawHttp.Answer last = null;
        for (int i = 0; i < 6; i++) {
            Map<String, String> form = WebSession.form(plain.get("/password"), "password");
            form.put("password:current", "wrong-" + i);
            form.put("password:new", NEW_PASSWORD);
            form.put("password:confirmation", NEW_PASSWORD);
            form.put("password:submit", "Change Password");
            last = plain.post("/password", form);
        }
        assertEquals(429, last.status(), "the sixth wrong current password: " + last);
        assertTrue(last.body().contains("Too many failed logins"), last.toString());
    }

    @Test
    @Order(3)
    void aPasswordChangeEndsTheOtherSessionsAndOlderLoginTokens() {
        RawHttp http = RawHttp.to(base);
        WebSession changing = new WebSession(http).logIn(PlainUser.NAME, PlainUser.PASSWORD);
        WebSession other = new WebSession(http).logIn(PlainUser.NAME, PlainUser.PASSWORD);
        JsonObject tokens = new ApiClient(base).login(PlainUser.NAME, PlainUser.PASSWORD);

        changePassword(changing, PlainUser.PASSWORD, NEW_PASSWORD);

        assertEquals(200, changing.get("/settings").status(), "the session that changed it goes on");
        RawHttp.Answer otherAfter = other.get("/settings");
        assertEquals(302, otherAfter.status(), otherAfter.toString());
        assertTrue(otherAfter.location().endsWith("/login"), otherAfter.toString());
        RawHttp.Answer refresh = http.send("POST", "/api/refresh",
                Map.of("Authorization", "Bearer " + tokens.getString("refresh_token")), null);
        assertEquals(401, refresh.status(), refresh.toString());
        assertTrue(refresh.body().contains("Token has been revoked"), refresh.toString());
        RawHttp.Answer access = http.get("/api/protected", Map.of("Authorization", "Bearer " + tokens.getString("access_token")));
        assertEquals(401, access.status(), access.toString());
    }

    @Test
    @Order(4)
    void logoutTakesAFormPost() {
        WebSession owner = new WebSession(RawHttp.to(base)).logIn(PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
        RawHttp.Answer page = owner.get("/logout");
        assertEquals(200, page.status(), "a GET shows the button: " + page);
        assertEquals(200, owner.get("/settings").status(), "and logs nobody out");

        Map<String, String> form = WebSession.form(page, "logoutPage");
        form.put("logoutPage:confirm", "Log Out");
        RawHttp.Answer posted = owner.post("/logout", form);
        assertEquals(302, posted.status(), posted.toString());
        assertTrue(owner.get("/settings").location().endsWith("/login"), "the session ended");
    }

    @Test
    @Order(5)
    void liveStreamsAreCappedPerUser() throws Exception {
        WebSession owner = new WebSession(RawHttp.to(base)).logIn(PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
        List<MjpegStream> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                streams.add(watch(owner));
                assertEquals(200, streams.get(i).status(), "stream " + (i + 1));
            }
            MjpegStream fifth = watch(owner);
            streams.add(fifth);
            assertEquals(503, fifth.status(), "a fifth stream of one user");
        } finally {
            for (MjpegStream stream : streams) {
                stream.close();
            }
        }
    }

    @Test
    @Order(6)
    void aRemovedUsersStreamStopsWithinSeconds() throws Exception {
        RawHttp http = RawHttp.to(base);
        WebSession plain = new WebSession(http).logIn(PlainUser.NAME, NEW_PASSWORD);
        WebSession owner = new WebSession(http).logIn(PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
        try (MjpegStream stream = watch(plain)) {
            assertEquals(200, stream.status());
            RawHttp.Answer users = owner.get("/settings?tab=users");
            Map<String, String> remove = WebSession.form(users, "userList");
            remove.put(UsersTabRows.checkboxOf(users.body(), PlainUser.NAME), "on");
            remove.put("userList:remove", "Remove");
            long removed = System.nanoTime();
            assertEquals(302, owner.post("/settings", remove).status());

            long endedAfter = stream.millisUntilEnd(5000);
            System.out.println("removed user's stream ended " + endedAfter + " ms after the removal");
            assertTrue(endedAfter >= 0 && endedAfter <= 3000, "stream still running " + (System.nanoTime() - removed) / 1_000_000 + " ms after");
        }
    }

    private static void changePassword(WebSession session, String current, String next) {
        Map<String, String> form = WebSession.form(session.get("/password"), "password");
        form.put("password:current", current);
        form.put("password:new", next);
        form.put("password:confirmation", next);
        form.put("password:submit", "Change Password");
        RawHttp.Answer answer = session.post("/password", form);
        assertEquals(302, answer.status(), answer.toString());
    }

    /** A /video_feed request kept open with this session, as a browser's img element keeps it. */
    private MjpegStream watch(WebSession session) throws IOException {
        return MjpegStream.open(base, "/video_feed", Map.of("Cookie", "JSESSIONID=" + session.sessionCookie()));
    }
}
