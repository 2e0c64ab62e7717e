package org.camsrv.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The hashing line: one hash at a time, on its own thread, and a full line refuses at once. */
class PasswordHashingLineTest {

    /** A hash that waits until the test lets it go, and counts how many run at once. */
    private static final class HeldHash implements Pbkdf2PasswordHash {
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        volatile String thread;

        @Override
        public void initialize(Map<String, String> parameters) {
        }

        @Override
        public String generate(char[] password) {
            return "hash";
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            thread = Thread.currentThread().getName();
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return true;
        }
    }

    @Test
    void hashesRunOneAtATimeAndAFullLineAnswersBusy() throws Exception {
        HeldHash held = new HeldHash();
        PasswordHasher hasher = new PasswordHasher(held);
        List<CompletableFuture<Boolean>> queued = new ArrayList<>();
        for (int i = 0; i <= PasswordHasher.MAX_WAITING; i++) {
            queued.add(hasher.verifyLater("pw".toCharArray(), "hash"));
        }
        CompletableFuture<Boolean> tooMany = hasher.verifyLater("pw".toCharArray(), "hash");
        ExecutionException refused = assertThrows(ExecutionException.class, () -> tooMany.get(1, TimeUnit.SECONDS));
        assertTrue(refused.getCause() instanceof PasswordHasher.BusyException, refused.getCause().toString());

        held.release.countDown();
        for (CompletableFuture<Boolean> each : queued) {
            assertTrue(each.get(10, TimeUnit.SECONDS));
        }
        assertEquals(1, held.mostAtOnce.get());
        hasher.stop();
    }

    @Test
    void verificationRunsOnTheHashingThread() throws Exception {
        HeldHash held = new HeldHash();
        held.release.countDown();
        PasswordHasher hasher = new PasswordHasher(held);
        assertTrue(hasher.verifyLater("pw".toCharArray(), "hash").get(10, TimeUnit.SECONDS));
        assertEquals("camsrv-password-hashing", held.thread);
        hasher.stop();
    }

    @Test
    void aFullLineMakesHashThrowBusyItself() throws Exception {
        HeldHash held = new HeldHash();
        PasswordHasher hasher = new PasswordHasher(held);
        for (int i = 0; i <= PasswordHasher.MAX_WAITING; i++) {
            hasher.verifyLater("pw".toCharArray(), "hash");
        }

        assertThrows(PasswordHasher.BusyException.class, () -> hasher.hash("pw".toCharArray()));

        held.release.countDown();
        hasher.stop();
    }

    @Test
    void theHashingThreadNeverKeepsTheJvmAlive() throws Exception {
        // The command-line import ends when main returns; a non-daemon hashing thread would keep it running.
        PasswordHasher hasher = new PasswordHasher(new Pbkdf2PasswordHash() {
            @Override
            public void initialize(Map<String, String> parameters) {
            }

            @Override
            public String generate(char[] password) {
                return Thread.currentThread().isDaemon() ? "daemon" : "not a daemon";
            }

            @Override
            public boolean verify(char[] password, String hashedPassword) {
                return false;
            }
        });

        assertEquals("daemon", hasher.hash("pw".toCharArray()));
        hasher.stop();
    }
}
