package it.org.camsrv.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser session without a browser: keeps the session cookie, reads a page's forms (hidden
 * fields, the view state, filled inputs) and posts them back changed, as a hand-made request
 * would. Built on {@link RawHttp}, so paths go out exactly as written.
 */
public final class WebSession {

    private static final Pattern COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("<select\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");

    private final RawHttp http;
    private String sessionCookie;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public WebSession(RawHttp http) {
        this.http = http;
    }

    /** Logs in through the login form; fails the test if that does not lead on. */
    public WebSession logIn(String name, String password) {
        Map<String, String> form = form(get("/login"), "login");
        form.put("login:username", name);
        form.put("login:password", password);
        form.put("login:submit", "Log In");
        RawHttp.Answer answer = post("/login", form);
        assertEquals(302, answer.status(), "login of " + name + ": " + answer);
        return this;
    }

    public String sessionCookie() {
        return sessionCookie;
    }

    public RawHttp.Answer get(String rawPath) {
        return remember(http.get(rawPath, headers()));
    }

    public RawHttp.Answer post(String rawPath, Map<String, String> fields) {
        Map<String, String> headers = headers();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        return remember(http.send("POST", rawPath, headers, formBody(fields)));
    }

    /** The fields as a browser encodes a form (application/x-www-form-urlencoded). */
    public static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /**
     * The fields a browser would send for the form with this id: hidden inputs (the view state among
     * them), text inputs with their values, ticked checkboxes and chosen options. Buttons are left out:
     * add the one to press.
     */
    public static Map<String, String> form(RawHttp.Answer page, String formId) {
        int start = page.body().indexOf("<form id=\"" + formId + "\"");
        assertTrue(start >= 0, "no form " + formId + " in " + page);
        int end = page.body().indexOf("</form>", start);
        String form = page.body().substring(start, end);
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(input.group(1));
            while (attribute.find()) {
                attributes.put(attribute.group(1), attribute.group(2).replace("&amp;", "&"));
            }
            String type = attributes.getOrDefault("type", "text");
            String name = attributes.get("name");
            if (name == null || type.equals("submit") || (type.equals("checkbox") && !attributes.containsKey("checked"))) {
                continue;
            }
            fields.put(name, type.equals("checkbox") ? "on" : attributes.getOrDefault("value", ""));
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            Matcher selected = SELECTED.matcher(select.group(2));
            if (selected.find()) {
                fields.put(select.group(1), selected.group(1));
            }
        }
        return fields;
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!cookies.isEmpty()) {
            headers.put("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return headers;
    }

    /** Keeps every cookie the server sets (the session's, and the one Faces' flash messages travel with). */
    private RawHttp.Answer remember(RawHttp.Answer answer) {
        String setCookies = answer.header("Set-Cookie");
        if (setCookies == null) {
            return answer;
        }
        for (String setCookie : setCookies.split("\n")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                String name = pair.substring(0, equals).trim();
                String value = pair.substring(equals + 1).trim();
                boolean expired = setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
                if (expired) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
        Matcher session = COOKIE.matcher(setCookies);
        if (session.find()) {
            sessionCookie = session.group(1);
        }
        return answer;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
