package org.camsrv.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The viewer key a stream request brings: the password of HTTP Basic (the user name is ignored: Home Assistant and
 * NVRs insist on one), else the query parameter {@code key} for clients that cannot send Basic. A Basic header that
 * does not decode counts as a key that is wrong, not as no key, so that the client hears why it is refused.
 */
final class ViewerKeyCredential {

    static final String QUERY_PARAMETER = "key";

    private ViewerKeyCredential() {
    }

    static Optional<String> of(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.length() > 6
                && authorization.substring(0, 6).toLowerCase(Locale.ROOT).equals("basic ")) {
            return Optional.of(basicPassword(authorization.substring(6).strip()));
        }
        return Optional.ofNullable(request.getParameter(QUERY_PARAMETER));
    }

    /** The part after the first colon of "name:password", or the whole text when it has none. */
    static String basicPassword(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? decoded : decoded.substring(colon + 1);
    }
}
