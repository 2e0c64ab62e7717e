package org.camsrv.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-registration guard: loopback is open, the network needs the code, wrong codes are throttled. */
class FirstStartTest {

    private static final String NETWORK = "192.0.2.7";

    @TempDir
    Path data;

    private final FirstStart guard = new FirstStart();

    @BeforeEach
    void start() {
        guard.users = AuthFixtures.openUserService(data);
        guard.throttle = new LoginThrottle();
        guard.printCodeAtStart(new Object());
    }

    private String code() throws Exception {
        var field = FirstStart.class.getDeclaredField("setupCode");
        field.setAccessible(true);
        return (String) field.get(guard);
    }

    @Test
    void loopbackAddressesNeedNoCode() {
        for (String address : new String[] {"127.0.0.1", "127.0.0.2", "::1", "0:0:0:0:0:0:0:1"}) {
            assertFalse(guard.needsCode(address), address);
            assertEquals(Optional.empty(), guard.refusalOf(address, "owner", null));
        }
    }

    @Test
    void theNetworkNeedsTheCodeTypedInAnyCaseWithOrWithoutDashes() throws Exception {
        assertTrue(guard.needsCode(NETWORK));
        assertTrue(guard.needsCode("fe80::1"));
        assertInstanceOf(LoginService.Rejected.class, guard.refusalOf(NETWORK, "owner", null).orElseThrow());
        assertInstanceOf(LoginService.Rejected.class, guard.refusalOf(NETWORK, "owner", "AAAA-BBBB-CCCC").orElseThrow());
        assertEquals(Optional.empty(), guard.refusalOf(NETWORK, "owner", code().toLowerCase().replace("-", " ")));
    }

    @Test
    void wrongCodesAreThrottledPerNameAndAddress() throws Exception {
        Optional<LoginService.Outcome> last = Optional.empty();
        for (int i = 0; i < 6; i++) {
            last = guard.refusalOf(NETWORK, "stranger", "WRONG" + i);
        }
        assertInstanceOf(LoginService.Throttled.class, last.orElseThrow());
        assertInstanceOf(LoginService.Throttled.class, guard.refusalOf(NETWORK, "stranger", code()).orElseThrow(),
                "even the right code waits");
    }

    @Test
    void noCodeExistsOnceAUserDoes() throws Exception {
        FirstStart later = new FirstStart();
        later.users = guard.users;
        later.throttle = new LoginThrottle();
        guard.users.registerFirstSuperUser("owner", "owner-password");
        later.printCodeAtStart(new Object());

        assertInstanceOf(LoginService.Rejected.class, later.refusalOf(NETWORK, "x", code()).orElseThrow());
    }

    @Test
    void codesAreTwelveReadableCharactersInThreeGroups() {
        SecureRandom random = new SecureRandom();
        String code = FirstStart.newCode(random);
        assertTrue(code.matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}"), code);
        assertNotEquals(code, FirstStart.newCode(random));
    }
}
