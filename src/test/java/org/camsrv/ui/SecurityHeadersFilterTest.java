package org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page policy lets the Live page reach its own WebSocket and Media Source, and nothing from the Host header breaks out. */
class SecurityHeadersFilterTest {

    @Test
    void theLivePagesWebSocketAndMediaSourceAreAllowed() {
        String policy = SecurityHeadersFilter.pagePolicy("cam.example:5000");
        assertTrue(policy.contains("connect-src 'self' ws://cam.example:5000 wss://cam.example:5000;"), policy);
        assertTrue(policy.contains("media-src 'self' blob:;"), policy);
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertFalse(policy.contains("unsafe"), policy);
    }

    @Test
    void anIpv6HostIsNamedToo() {
        assertTrue(SecurityHeadersFilter.pagePolicy("[::1]:5000").contains("ws://[::1]:5000 wss://[::1]:5000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example; script-src *", "a b", "cam.example:5000/x", "*", "cam.example:123456", ""})
    void aHostThatIsNoPlainHostAddsNothing(String host) {
        String policy = SecurityHeadersFilter.pagePolicy(host);
        assertTrue(policy.contains("connect-src 'self';"), policy);
        assertFalse(policy.contains("script-src *"), policy);
    }

    @Test
    void noHostAddsNothing() {
        assertTrue(SecurityHeadersFilter.pagePolicy(null).contains("connect-src 'self';"));
    }
}
