package it.org.camsrv.security;

import static it.org.camsrv.support.ViewerKeyPages.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.LiveSocket;
import it.org.camsrv.support.MjpegStream;
import it.org.camsrv.support.RawHttp;
import it.org.camsrv.support.UsersTabRows;
import it.org.camsrv.support.ViewerKeyPages;
import it.org.camsrv.support.WebSession;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Viewer keys on a real server, as Home Assistant and NVRs use them with "Req. Auth for Streaming" on: the still
 * image and the MJPEG stream with the key as the Basic password or ?key=, the H.264 socket, streams that end when
 * the key is revoked or its user removed, every bad input of the issue, the throttle, and no key in any log.
 * Tests that send wrong keys each come from a loopback address of their own, so their failures do not add up.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ViewerKeyIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("viewer-keys");
    /** Every key any test saw, to look for in the logs at the end. */
    private static final List<String> KEYS = new CopyOnWriteArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        PlainUser.importInto(DATA);
        return CamsrvArchive.withDataDirectory(DATA).with("camsrv.camera", "simulated")
                .with("camsrv.api.secrets.file", CamsrvArchive.secretsFileIn(DATA).toString()).build();
    }

    @ArquillianResource
    URL base;

    private WebSession owner() {
        return new WebSession(RawHttp.to(base)).logIn(PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
    }

    private String newKey(WebSession session, String name) {
        String key = ViewerKeyPages.create(session, name);
        KEYS.add(key);
        return key;
    }

    @Test
    @Order(1)
    void aKeyGetsTheStillImageAsBasicPasswordWithAnyUserNameAndAsQueryParameter() {
        String key = newKey(owner(), "Home Assistant");
        RawHttp http = RawHttp.to(base);
        for (RawHttp.Answer answer : List.of(http.get("/photo_feed", basic("homeassistant", key)),
                http.get("/photo_feed", basic("", key)), http.get("/photo_feed?key=" + key, Map.of()))) {
            assertEquals(200, answer.status(), answer.toString());
            assertEquals("image/jpeg", answer.header("Content-Type"));
            assertEquals("no-store", answer.header("Cache-Control"));
        }
        RawHttp.Answer none = http.get("/photo_feed", Map.of());
        assertEquals(401, none.status(), "without a key the switch still holds: " + none);
        assertEquals("Basic realm=\"CamSrv viewer key\", charset=\"UTF-8\"", none.header("WWW-Authenticate"),
                "clients that send Basic only when asked (ffmpeg, NVRs) are asked");
    }

    @Test
    @Order(2)
    void aKeyStreamsMjpegForLongerThanFiveSeconds() throws IOException {
        String key = newKey(owner(), "NVR");
        try (MjpegStream stream = MjpegStream.open(base, "/video_feed", basic("nvr", key))) {
            assertEquals(200, stream.status());
            int first = stream.framesWithin(3000);
            int later = stream.framesWithin(3000);
            System.out.println("MJPEG with a viewer key: " + first + " frames in the first 3 s, " + later + " in the next 3 s");
            assertTrue(first >= 5 && later >= 5, "frames keep coming past the once-a-second re-check: " + first + ", " + later);
        }
        try (MjpegStream stream = MjpegStream.open(base, "/video_feed?key=" + key, Map.of())) {
            assertEquals(200, stream.status());
            int first = stream.framesWithin(3000);
            int later = stream.framesWithin(3000);
            System.out.println("MJPEG with ?key=: " + first + " frames in the first 3 s, " + later + " in the next 3 s");
            assertTrue(first >= 5 && later >= 5, "?key= streams too: " + first + ", " + later);
        }
    }

    @Test
    @Order(3)
    void aKeyOpensTheH264LiveView() throws Exception {
        WebSession owner = owner();
        Assumptions.assumeTrue(owner.get("/live").body().contains("data-socket=\"/" + LiveSocket.PATH + "\""),
                "H.264 live view with a key skipped: the server found no ffmpeg (apt-get install ffmpeg)");
        String key = newKey(owner, "H.264 client");
        try (LiveSocket viewer = LiveSocket.openWithKey(base, key)) {
            assertTrue(viewer.awaitBinaries(31, 20_000), "a second of fragments came: " + viewer.binaries().size());
            Thread.sleep(2500);
            assertFalse(viewer.isClosed(), "the socket's re-checks accept the key holder");
            ViewerKeyPages.revoke(owner, "H.264 client");
            long revoked = System.currentTimeMillis();
            Integer code = viewer.awaitClose(5000);
            System.out.println("H.264 socket of a revoked key closed " + (System.currentTimeMillis() - revoked) + " ms after");
            assertNotNull(code, "the socket is still open 5 s after the revocation");
        }
    }

    @Test
    @Order(4)
    void revokingAKeyEndsItsOpenStreamWithinSeconds() throws IOException {
        WebSession owner = owner();
        String key = newKey(owner, "Revoked soon");
        try (MjpegStream stream = MjpegStream.open(base, "/video_feed", basic("ha", key))) {
            assertEquals(200, stream.status());
            assertTrue(stream.framesWithin(1500) > 0);
            RawHttp.Answer revoked = ViewerKeyPages.revoke(owner, "Revoked soon");
            assertEquals(302, revoked.status(), revoked.toString());
            long ended = stream.millisUntilEnd(5000);
            System.out.println("revoked key's MJPEG stream ended " + ended + " ms after the revocation");
            assertTrue(ended >= 0 && ended <= 3000, "stream still running: " + ended);
        }
        RawHttp.Answer refused = RawHttp.to(base).from("127.0.0.4").get("/photo_feed", basic("ha", key));
        assertEquals(401, refused.status());
        assertEquals("This viewer key is not valid (revoked, or its user was removed).", refused.body().strip());
    }

    @Test
    @Order(4)
    void aPlainUserCannotRevokeAnothersKeyEvenByAHandMadePost() {
        WebSession owner = owner();
        String ownersKey = newKey(owner, "Owner's NVR");
        String ownersKeyId = ViewerKeyPages.revokeForm(owner, "Owner's NVR").get("keyId");
        WebSession plain = new WebSession(RawHttp.to(base)).logIn(PlainUser.NAME, PlainUser.PASSWORD);
        newKey(plain, "Plain's tablet");
        assertFalse(plain.get("/settings?tab=keys").body().contains("Owner's NVR"), "a plain user lists only their own keys");

        Map<String, String> forged = ViewerKeyPages.revokeForm(plain, "Plain's tablet");
        forged.put("keyId", ownersKeyId);
        RawHttp.Answer refused = plain.post("/settings", forged);
        assertEquals(403, refused.status(), refused.toString());
        assertTrue(refused.body().contains("Only its owner or a SuperUser may revoke a viewer key; nothing was revoked"));
        assertEquals(200, RawHttp.to(base).get("/photo_feed", basic("nvr", ownersKey)).status(), "the owner's key still works");
        assertTrue(owner.get("/settings?tab=keys").body().contains("Owner's NVR"));
    }

    @Test
    @Order(5)
    void removingTheUserEndsTheStreamsOfTheirKeys() throws IOException {
        WebSession plain = new WebSession(RawHttp.to(base)).logIn(PlainUser.NAME, PlainUser.PASSWORD);
        String key = newKey(plain, "Plain's Home Assistant");
        try (MjpegStream stream = MjpegStream.open(base, "/video_feed?key=" + key, Map.of())) {
            assertEquals(200, stream.status());
            assertTrue(stream.framesWithin(1500) > 0);
            WebSession owner = owner();
            RawHttp.Answer users = owner.get("/settings?tab=users");
            Map<String, String> remove = WebSession.form(users, "userList");
            remove.put(UsersTabRows.checkboxOf(users.body(), PlainUser.NAME), "on");
            remove.put("userList:remove", "Remove");
            assertEquals(302, owner.post("/settings", remove).status());
            long ended = stream.millisUntilEnd(5000);
            System.out.println("removed user's key stream ended " + ended + " ms after the removal");
            assertTrue(ended >= 0 && ended <= 3000, "stream still running: " + ended);
        }
        RawHttp.Answer refused = RawHttp.to(base).from("127.0.0.5").get("/photo_feed?key=" + key, Map.of());
        assertEquals(401, refused.status(), refused.toString());
    }

    @Test
    @Order(6)
    void aKeyOpensNothingButTheStreams() {
        String key = newKey(owner(), "Only pictures");
        RawHttp http = RawHttp.to(base).from("127.0.0.6");
        ApiClient api = new ApiClient(base);

        RawHttp.Answer apiByQuery = http.get("/api/protected?key=" + key, Map.of());
        assertEquals(401, apiByQuery.status(), apiByQuery.toString());
        RawHttp.Answer apiByBasic = http.get("/api/protected", basic("owner", key));
        assertEquals(401, apiByBasic.status(), apiByBasic.toString());
        ApiClient.Answer apiByBearer = api.get("api/protected", key);
        System.out.println("a viewer key as a bearer token: " + apiByBearer);
        assertEquals(401, apiByBearer.status(), "a viewer key is no token for the API: " + apiByBearer);
        assertEquals("A viewer key opens only the live view and still images, not the API",
                apiByBearer.json().getString("msg"));
        assertEquals("Bearer error=\"invalid_token\"", apiByBearer.header("WWW-Authenticate"), apiByBearer.toString());

        for (String page : List.of("/settings?key=" + key, "/settings?tab=keys&key=" + key, "/live?key=" + key, "/photos?key=" + key)) {
            RawHttp.Answer answer = http.get(page, Map.of());
            assertEquals(302, answer.status(), page + ": " + answer);
            assertTrue(answer.location().endsWith("/login"), page + " leads to the login page: " + answer);
            RawHttp.Answer asBasic = http.get(page.substring(0, page.indexOf('?')), basic("owner", key));
            assertTrue(asBasic.location() != null && asBasic.location().endsWith("/login"), page + " with Basic: " + asBasic);
        }
        assertEquals(200, http.get("/photo_feed?key=" + key, Map.of()).status(), "the key itself still works");
    }

    @Test
    @Order(7)
    void badKeysAndAccountPasswordsAreRefusedWithAClearAnswer() {
        String key = newKey(owner(), "Bad input");
        RawHttp http = RawHttp.to(base).from("127.0.0.7");
        String notAKey = "That is not a viewer key: streams take a viewer key (cvk_…) as the password, never an account's "
                + "password. Create one on Settings, Viewer Keys.";
        Map<String, Map<String, String>> cases = Map.of(
                "truncated", basic("ha", key.substring(0, key.length() - 1)),
                "10 kB long", basic("ha", key + "A".repeat(10_000)),
                "the owner's real name and password", basic(PlainUser.OWNER, PlainUser.OWNER_PASSWORD),
                "not base64", Map.of("Authorization", "Basic %%%"),
                "empty", basic("ha", ""));
        cases.forEach((what, headers) -> {
            RawHttp.Answer answer = http.get("/photo_feed", headers);
            assertEquals(401, answer.status(), what + ": " + answer);
            assertEquals(notAKey, answer.body().strip(), what);
            assertFalse(answer.body().contains("Exception") || answer.body().contains("org.camsrv"), what);
        });
        assertEquals(401, http.get("/photo_feed?key=" + "A".repeat(10_000), Map.of()).status());
        assertEquals(401, http.get("/video_feed?key=" + key.substring(0, 20), Map.of()).status());
        assertEquals(200, http.get("/photo_feed", basic("ha", key)).status(), "none of that was counted as a guess");
    }

    @Test
    @Order(8)
    void wrongKeysAreThrottled() {
        String key = newKey(owner(), "Throttled");
        RawHttp guesser = RawHttp.to(base).from("127.0.0.8");
        String wrong = "cvk_" + "B".repeat(43);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, guesser.get("/photo_feed", basic("x", wrong)).status(), "guess " + (i + 1));
        }
        RawHttp.Answer throttled = guesser.get("/photo_feed?key=" + wrong, Map.of());
        assertEquals(429, throttled.status(), throttled.toString());
        assertTrue(Integer.parseInt(throttled.header("Retry-After")) > 0);
        assertTrue(throttled.body().startsWith("Too many wrong viewer keys from this address."), throttled.body());
        assertEquals(429, guesser.get("/video_feed", basic("x", key)).status(), "that address waits, even with the right key");
        assertEquals(200, RawHttp.to(base).get("/photo_feed", basic("x", key)).status(), "the other addresses do not");
    }

    @Test
    @Order(9)
    void noKeyIsEverWrittenToALog() throws IOException {
        String key = newKey(owner(), "Logged?");
        RawHttp http = RawHttp.to(base).from("127.0.0.9");
        http.get("/photo_feed?key=" + key, Map.of());
        http.get("/settings?key=" + key, Map.of());
        http.get("/api/protected?key=" + key, Map.of());
        Path logs = Path.of(System.getProperty("it.wlp", "target/liberty/wlp"), "usr/servers/camsrvTest/logs");
        for (String name : List.of("messages.log", "http_access.log")) {
            Path log = logs.resolve(name);
            assertTrue(Files.exists(log), log + " exists (the test server writes an access log)");
            String text = Files.readString(log);
            for (String seen : KEYS) {
                assertFalse(text.contains(seen.substring(4)), name + " holds a viewer key");
            }
            assertFalse(text.contains("key=cvk_"), name);
        }
        assertTrue(Files.readString(logs.resolve("http_access.log")).contains("GET /photo_feed"), "the access log logs the path");
        String messages = Files.readString(logs.resolve("messages.log"));
        assertFalse(messages.contains("CWWKS3005E: "), "Liberty looked for a user registry for a Basic header");
        assertFalse(messages.contains("CWWKS1100A: "), "Liberty logged a failed Basic login per poll");
    }
}
