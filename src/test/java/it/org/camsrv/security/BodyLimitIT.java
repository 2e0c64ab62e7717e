package it.org.camsrv.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.RawHttp;
import it.org.camsrv.support.WebSession;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Request bodies have a size limit that is checked before the body is read (issue 20, item 2): a 200 MB form
 * announced to /login, or JSON to /api/login, is refused at once with 413 and the connection closed (read to its
 * end here: a server that drained the rest would time out), a form without a length gets 411, and the server
 * goes on serving.
 */
@ExtendWith(ArquillianExtension.class)
class BodyLimitIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("body-limit");
    private static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;

    @Deployment(testable = false)
    static WebArchive deployment() {
        PlainUser.importInto(DATA);
        return CamsrvArchive.withDataDirectory(DATA)
                .with("camsrv.api.secrets.file", CamsrvArchive.secretsFileIn(DATA).toString()).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void aHugeFormIsRefusedBeforeItIsRead() {
        RawHttp http = RawHttp.to(base);
        byte[] first64KiB = new byte[64 * 1024];
        Arrays.fill(first64KiB, (byte) 'a');
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            RawHttp.Answer refused = http.sendTruncated("POST", "/login",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"), TWO_HUNDRED_MB, first64KiB);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(413, refused.status(), refused.toString());
            assertEquals("close", refused.header("Connection").toLowerCase(), "the rest of the body is not waited for");
            assertTrue(millis < 5000, "refused in " + millis + " ms");
            System.out.println("200 MB form announced, 64 KiB sent: " + refused.status() + " in " + millis + " ms");
        }
        // Had the server taken the 200 MB in, its 128 MB heap would have failed (OutOfMemoryError, 500) before.
        WebSession owner = new WebSession(http).logIn(PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
        assertEquals(200, owner.get("/settings").status(), "the server still serves");
    }

    @Test
    void aFormWithoutLengthIsRefused() {
        RawHttp.Answer refused = RawHttp.to(base).send("POST", "/login",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Transfer-Encoding", "chunked"),
                "5\r\nlogin\r\n0\r\n\r\n");
        assertEquals(411, refused.status(), refused.toString());
    }

    @Test
    void aFormBelowTheLimitIsServed() {
        RawHttp http = RawHttp.to(base).from("127.0.0.4");
        Map<String, String> form = WebSession.form(http.get("/login", Map.of()), "login");
        form.put("login:username", "x".repeat(60 * 1024));
        form.put("login:password", "wrong");
        form.put("login:submit", "Log In");
        RawHttp.Answer answer = http.send("POST", "/login",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), WebSession.formBody(form));
        assertFalse(answer.status() == 413 || answer.status() == 500, answer.toString());
        assertTrue(answer.body().contains("Invalid username or password"), answer.toString());
    }

    @Test
    void aHugeJsonBodyToTheApiIsRefusedAtOnce() {
        byte[] first64KiB = new byte[64 * 1024];
        Arrays.fill(first64KiB, (byte) ' ');
        long started = System.nanoTime();
        RawHttp.Answer refused = RawHttp.to(base).sendTruncated("POST", "/api/login",
                Map.of("Content-Type", "application/json"), TWO_HUNDRED_MB, first64KiB);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(413, refused.status(), refused.toString());
        assertTrue(millis < 5000, "refused in " + millis + " ms");
        System.out.println("200 MB JSON announced to /api/login: " + refused.status() + " in " + millis + " ms: " + refused.body());
    }
}
