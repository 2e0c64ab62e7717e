package org.camsrv.ui;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The session cookie of a login over HTTPS, marked Secure, so that the browser never sends it over plain
 * HTTP (port 5000 serves the same application). Liberty sets the session cookie itself and has one Secure
 * setting for every connection, which would break logins over HTTP; so the first HTTPS request of each
 * session id sends the cookie the browser just showed once more, with Secure, and the browser replaces it.
 */
final class SecureSessionCookie {

    /** The session id that already got its Secure cookie. */
    private static final String SENT_FOR = SecureSessionCookie.class.getName();

    private SecureSessionCookie() {
    }

    static void markOnHttps(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (!request.isSecure() || session == null || session.getId().equals(session.getAttribute(SENT_FOR))) {
            return;
        }
        String name = request.getServletContext().getSessionCookieConfig().getName();
        String cookieName = name == null ? "JSESSIONID" : name;
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return;
        }
        for (Cookie sent : cookies) {
            if (sent.getName().equals(cookieName)) {
                Cookie secure = new Cookie(cookieName, sent.getValue());
                secure.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
                secure.setHttpOnly(true);
                secure.setSecure(true);
                secure.setAttribute("SameSite", "Lax");
                response.addCookie(secure);
                session.setAttribute(SENT_FOR, session.getId());
                return;
            }
        }
    }
}
