package org.camsrv.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.camsrv.auth.LoginThrottle;
import org.junit.jupiter.api.Test;

/** Who gets a stream when many want one: never everyone but the owner. */
class StreamViewersTest {

    private final StreamViewers viewers = new StreamViewers();

    @Test
    void twoPlainViewersGetTheirShareAndTheSuperUserStillGetsTwo() {
        for (int i = 0; i < 3; i++) {
            assertTrue(viewers.admit("address:10.0.0.2"));
            assertTrue(viewers.admit("address:10.0.0.3"));
        }
        assertFalse(viewers.admit("address:10.0.0.2"), "the shared streams are taken");
        assertFalse(viewers.admit("user:9", false), "by a plain user too");
        assertTrue(viewers.admit("user:1", true), "the SuperUser gets one of those kept");
        assertTrue(viewers.admit("user:1", true), "and the second");
        assertFalse(viewers.admit("user:2", true), "eight in all, whoever asks");
        assertEquals(StreamViewers.MAX_IN_TOTAL, viewers.total());
    }

    @Test
    void aSuperUserAlsoHasOnlyFourAtOnce() {
        for (int i = 0; i < StreamViewers.MAX_PER_VIEWER; i++) {
            assertTrue(viewers.admit("user:1", true));
        }
        assertFalse(viewers.admit("user:1", true));
    }

    @Test
    void theAddressesOfOneIpv6NetworkShareOneViewersStreams() {
        for (int i = 1; i <= StreamViewers.MAX_PER_VIEWER; i++) {
            assertTrue(viewers.admit(addressViewer("2001:db8:1:2::" + i)));
        }
        assertFalse(viewers.admit(addressViewer("2001:db8:1:2:aaaa:bbbb:cccc:dddd")), "another address of the same /64");
        assertTrue(viewers.admit(addressViewer("2001:db8:1:3::1")), "another /64 is another viewer");
    }

    /** The key StreamAccess counts an address's streams under. */
    private static String addressViewer(String address) {
        return "address:" + LoginThrottle.source(address);
    }

    @Test
    void aStreamLeftIsFreeForTheNextPlainViewer() {
        for (int i = 0; i < 6; i++) {
            assertTrue(viewers.admit("address:10.0.0." + i));
        }
        assertFalse(viewers.admit("address:10.0.0.9"));
        viewers.leave("address:10.0.0.0");
        assertTrue(viewers.admit("address:10.0.0.9"));
    }
}
