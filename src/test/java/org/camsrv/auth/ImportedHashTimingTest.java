package org.camsrv.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.Optional;
import org.camsrv.migration.RaspiCamSrvDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A check against an imported werkzeug hash answers no sooner than a check of CamSrv's own hash, and while
 * some user still has a PBKDF2 hash, Argon2id checks and unknown names answer no sooner than PBKDF2 ones.
 */
class ImportedHashTimingTest {

    /** CamSrv's own hash, made to take a known 300 ms per check. */
    private static final class SlowPbkdf2 implements Pbkdf2PasswordHash {
        private final Pbkdf2PasswordHash fast = JdkPbkdf2PasswordHash.fastIgnoringIterations();

        @Override
        public void initialize(Map<String, String> parameters) {
            fast.initialize(parameters);
        }

        @Override
        public String generate(char[] password) {
            return fast.generate(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return fast.verify(password, hashedPassword);
        }
    }

    @Test
    void aWrongPasswordForAnImportedUserTakesAsLongAsForAnUnknownOne() {
        PasswordHasher hasher = new PasswordHasher(new SlowPbkdf2());
        // pbkdf2:sha256:1000 is checked in about a millisecond; the answer still waits for the decoy's time.
        String cheapImported = "pbkdf2:sha256:1000$RbprYbHXNtwINpJQ$"
                + "abd111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81a1";

        long started = System.nanoTime();
        boolean ok = hasher.verifyLater("wrong".toCharArray(), cheapImported).join();
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertFalse(ok);
        // The first imported check measures the decoy (300 ms) and then pads its own ~1 ms to that.
        assertTrue(millis >= 550, "answered after " + millis + " ms");

        started = System.nanoTime();
        hasher.verifyLater("wrong-again".toCharArray(), cheapImported).join();
        millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis >= 250, "measured once, padded every time: " + millis + " ms");
        assertTrue(hasher.verifyLater("secret".toCharArray(), cheapImported).join(), "the right password still works");
    }

    @Test
    void theMeasureFollowsCamSrvsOwnChecks() {
        PasswordHasher hasher = new PasswordHasher(new SlowPbkdf2());
        String own = hasher.hash("own-password".toCharArray());
        for (int i = 0; i < 5; i++) {
            assertTrue(hasher.verifyLater("own-password".toCharArray(), own).join());
        }
        String cheapImported = "pbkdf2:sha256:1000$RbprYbHXNtwINpJQ$"
                + "abd111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81a1";

        long started = System.nanoTime();
        assertFalse(hasher.verifyLater("wrong".toCharArray(), cheapImported).join());
        long millis = (System.nanoTime() - started) / 1_000_000;

        // Five own checks of 300 ms each: a moving average stays at their time; wrong weights drift far off.
        assertTrue(millis >= 250, "answered after " + millis + " ms");
    }

    @Test
    void anImportedHashDearerThanCamSrvsOwnIsAnsweredWithoutPadding() {
        // CamSrv's own hash (and so the decoy that sets the measure) checked at once; 600,000 imported rounds take longer.
        PasswordHasher hasher = new PasswordHasher(new Pbkdf2PasswordHash() {
            @Override
            public void initialize(Map<String, String> parameters) {
            }

            @Override
            public String generate(char[] password) {
                return "instant";
            }

            @Override
            public boolean verify(char[] password, String hashedPassword) {
                return false;
            }
        });

        assertTrue(hasher.verifyLater("secret".toCharArray(), RaspiCamSrvDatabase.SECRET_PBKDF2).join());
        assertFalse(hasher.verifyLater("wrong".toCharArray(), RaspiCamSrvDatabase.SECRET_PBKDF2).join());
    }

    @Test
    void whileSomeUserHasPbkdf2AnUnknownNameAnswersNoSoonerThanThatUser() {
        Optional<Argon2id> argon2 = Argon2id.load(ignored -> { });
        Assumptions.assumeTrue(argon2.isPresent(), "skipped: libargon2 is not installed");
        PasswordHasher hasher = new PasswordHasher(new SlowPbkdf2(), argon2);
        String argon2User = hasher.hash("own-password".toCharArray());
        hasher.pbkdf2HashesStored(true);

        long started = System.nanoTime();
        assertFalse(hasher.verifyUnknownUserLater("guess".toCharArray()).join());
        long unknownMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        assertTrue(hasher.verifyLater("own-password".toCharArray(), argon2User).join());
        long argon2Millis = (System.nanoTime() - started) / 1_000_000;

        // An Argon2id check takes some 50 ms here; PBKDF2's (measured once on the decoy) takes 300 ms.
        assertTrue(unknownMillis >= 550, "the first answer measures PBKDF2 and waits as long: " + unknownMillis + " ms");
        assertTrue(argon2Millis >= 250, "an Argon2id user waits as long as a PBKDF2 one: " + argon2Millis + " ms");
    }
}
