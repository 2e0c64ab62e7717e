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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Generated (never-expiring) tokens: a user may hold only so many, and a password change ends them
 * all, after the password page has named them. The second test changes the owner's password, so it runs last.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedTokenLimitsIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("generated-token-limits");
    private static final Pattern SHOWN = Pattern.compile("id=\"generatedToken\" class=\"token\">([^<]+)<");
    private static final int CAP = 20;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.ownerWithApi(DATA).build();
    }

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aUserMayHoldTwentyGeneratedTokensAndIsToldWhenThatIsReached() {
        WebSession owner = new WebSession(RawHttp.to(base)).logIn("owner", "owner-password");
        for (int i = 1; i <= CAP; i++) {
            assertTrue(generate(owner, "script " + i).isPresent(), "token " + i + " of " + CAP);
        }
        RawHttp.Answer refused = post(owner, "script " + (CAP + 1));
        assertFalse(SHOWN.matcher(refused.body()).find(), "no 21st token");
        assertTrue(refused.body().contains("You have " + CAP + " generated tokens, the most one user may have"),
                refused.toString());
        assertEquals(CAP, countRows(owner.get("/settings?tab=api").body(), "script "), "nothing was added");
    }

    @Test
    @Order(2)
    void aPasswordChangeEndsTheGeneratedTokensAndThePageNamesThemBefore() {
        WebSession owner = new WebSession(RawHttp.to(base)).logIn("owner", "owner-password");
        ApiClient api = new ApiClient(base);
        List<String> tokens = new ArrayList<>();
        // The first test left the cap full: one revoked makes room.
        revokeFirst(owner);
        tokens.add(generate(owner, "nightly backup").orElseThrow());
        assertEquals(200, api.get("api/protected", tokens.get(0)).status(), "the token works");

        RawHttp.Answer page = owner.get("/password");
        assertTrue(page.body().contains("also ends your generated access tokens"), page.body());
        assertTrue(page.body().contains("nightly backup"), "the page names the token");

        Map<String, String> form = WebSession.form(page, "password");
        form.put("password:current", "owner-password");
        form.put("password:new", "owner-password-2");
        form.put("password:confirmation", "owner-password-2");
        form.put("password:submit", "Change Password");
        RawHttp.Answer changed = owner.post("/password", form);
        assertEquals(302, changed.status(), changed.toString());

        ApiClient.Answer after = api.get("api/protected", tokens.get(0));
        assertEquals(401, after.status(), after.toString());
        assertEquals("Token has been revoked", after.json().getString("msg"));
        assertEquals(0, countRows(owner.get("/settings?tab=api").body(), "script "), "and the list is empty");
    }

    private static java.util.Optional<String> generate(WebSession session, String name) {
        Matcher shown = SHOWN.matcher(post(session, name).body());
        return shown.find() ? java.util.Optional.of(shown.group(1).strip()) : java.util.Optional.empty();
    }

    private static RawHttp.Answer post(WebSession session, String name) {
        Map<String, String> form = WebSession.form(session.get("/settings?tab=api"), "tokens");
        form.put("tokens:name", name);
        form.put("tokens:generate", "Generate Access Token");
        return session.post("/settings", form);
    }

    private static void revokeFirst(WebSession session) {
        RawHttp.Answer page = session.get("/settings?tab=api");
        Map<String, String> form = WebSession.form(page, "tokenList");
        Matcher button = Pattern.compile("name=\"(tokenList:list:0:revoke)\"").matcher(page.body());
        assertTrue(button.find(), "a revoke button");
        form.put(button.group(1), "Revoke");
        assertEquals(302, session.post("/settings", form).status());
    }

    private static int countRows(String page, String namePrefix) {
        Matcher row = Pattern.compile("<td>" + Pattern.quote(namePrefix)).matcher(page);
        int count = 0;
        while (row.find()) {
            count++;
        }
        return count;
    }
}
