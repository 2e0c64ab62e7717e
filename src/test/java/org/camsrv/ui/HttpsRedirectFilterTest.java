package org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where an HTTP page moves: the host the browser named, the HTTPS port, the same path and query. */
class HttpsRedirectFilterTest {

    @Test
    void theSameHostOnTheHttpsPort() {
        assertEquals("https://pi.local:5443/settings?tab=api",
                HttpsRedirectFilter.httpsUrl("pi.local:5000", "ignored", 5443, "/settings", "tab=api"));
        assertEquals("https://192.168.1.9:5443/login", HttpsRedirectFilter.httpsUrl("192.168.1.9", "x", 5443, "/login", null));
    }

    @Test
    void anIpv6HostKeepsItsBrackets() {
        assertEquals("https://[fe80::1]:5443/", HttpsRedirectFilter.httpsUrl("[fe80::1]:5000", "x", 5443, "/", null));
    }

    @Test
    void port443IsLeftOut() {
        assertEquals("https://cam/live", HttpsRedirectFilter.httpsUrl("cam:80", "x", 443, "/live", null));
    }

    @Test
    void aHostHeaderThatIsNoPlainHostIsReplacedByTheServerName() {
        assertEquals("https://camsrv:5443/login",
                HttpsRedirectFilter.httpsUrl("evil.example/x?", "camsrv", 5443, "/login", null));
        assertEquals("https://camsrv:5443/login", HttpsRedirectFilter.httpsUrl(null, "camsrv", 5443, "/login", null));
    }
}
