package org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only CamSrv's own pages may open the live view's WebSocket with a visitor's cookies. */
class SameOriginTest {

    @ParameterizedTest
    @CsvSource({
        "http://localhost:5000, localhost:5000",
        "http://LOCALHOST:5000, localhost:5000",
        "https://cam.example, cam.example",
        "https://cam.example:443, cam.example",
        "http://cam.example, cam.example:80",
        "http://[::1]:5000, [::1]:5000",
        "http://192.168.1.20:5000, 192.168.1.20:5000"
    })
    void theSameHostAndPortMayConnect(String origin, String host) {
        assertTrue(SameOrigin.allows(origin, host), origin + " to " + host);
    }

    @ParameterizedTest
    @CsvSource({
        "http://evil.example, localhost:5000",
        "http://evil.example:5000, localhost:5000",
        "http://localhost:5001, localhost:5000",
        "http://localhost, localhost:5000",
        "https://cam.example, cam.example:80",
        "http://localhost.evil.example:5000, localhost:5000",
        "null, localhost:5000",
        "file://, localhost:5000",
        "ftp://localhost:5000, localhost:5000",
        "http://user@localhost:5000, localhost:5000",
        "http://localhost:5000/path, localhost:5000",
        "http://localhost:5000, localhost:5000/x",
        "http://localhost:5000, ''",
        "'http://localhost:5000 http://evil.example', localhost:5000"
    })
    void anotherOriginIsRefused(String origin, String host) {
        assertFalse(SameOrigin.allows(origin, host), origin + " to " + host);
    }

    @ParameterizedTest
    @CsvSource({"localhost:5000"})
    void aClientThatIsNoBrowserSendsNoOriginAndMustStillLogIn(String host) {
        assertTrue(SameOrigin.allows(null, host));
        assertFalse(SameOrigin.allows("http://localhost:5000", null), "no Host, nothing to compare with");
    }
}
