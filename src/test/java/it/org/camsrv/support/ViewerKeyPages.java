package it.org.camsrv.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Viewer Keys tab driven by hand-made form posts: create a key and read it off the page, revoke one by name. */
public final class ViewerKeyPages {

    private static final Pattern CREATED = Pattern.compile("<code id=\"createdKey\" class=\"token\">(cvk_[A-Za-z0-9_-]+)</code>");

    private ViewerKeyPages() {
    }

    /** Creates a key named {@code name} for the session's user; answers the key the page showed once. */
    public static String create(WebSession session, String name) {
        RawHttp.Answer answer = post(session, name);
        assertEquals(200, answer.status(), answer.toString());
        assertTrue(answer.header("Cache-Control").contains("no-store"), "the page with the key stays out of every cache: " + answer.header("Cache-Control"));
        Matcher key = CREATED.matcher(answer.body());
        assertTrue(key.find(), "the new key is shown: " + answer);
        return key.group(1);
    }

    /** Posts the create form and answers the page as it came. */
    public static RawHttp.Answer post(WebSession session, String name) {
        Map<String, String> form = WebSession.form(session.get("/settings?tab=keys"), "viewerKeys");
        form.put("viewerKeys:name", name);
        form.put("viewerKeys:create", "Create Viewer Key");
        return session.post("/settings", form);
    }

    /** The revoke form of the row named {@code name} on the session's list, with its fields filled as a browser sends them. */
    public static Map<String, String> revokeForm(WebSession session, String name) {
        RawHttp.Answer page = session.get("/settings?tab=keys");
        Matcher row = Pattern.compile("<td class=\"key-name\">" + Pattern.quote(name) + "</td>.*?<form id=\"([^\"]+:revoke)\"",
                Pattern.DOTALL).matcher(page.body());
        assertTrue(row.find(), "no row " + name + " in " + page);
        Map<String, String> form = WebSession.form(page, row.group(1));
        form.put(row.group(1) + ":revokeKey", "Revoke");
        return form;
    }

    public static RawHttp.Answer revoke(WebSession session, String name) {
        return session.post("/settings", revokeForm(session, name));
    }

    /** An HTTP Basic header with this user name and password. */
    public static Map<String, String> basic(String user, String password) {
        return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
}
