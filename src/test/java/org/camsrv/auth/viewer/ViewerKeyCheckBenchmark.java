package org.camsrv.auth.viewer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camsrv.auth.Argon2id;
import org.camsrv.auth.AuthFixtures;
import org.camsrv.auth.JdkPbkdf2PasswordHash;
import org.camsrv.auth.LoginThrottle;
import org.camsrv.auth.User;
import org.camsrv.auth.UserService;

/**
 * What one viewer key check costs beside one password check, both as the server makes them: the key through
 * ViewerKeys.check (shape, throttle, HMAC, lookup; the once-a-minute "last used" write included), the password
 * through UserService.authenticate (PBKDF2-SHA256, 600,000 iterations, the hash of users from before Argon2id and
 * of servers without libargon2), and an Argon2id verification, the hash of new passwords where libargon2 is
 * installed. Run by bench/viewer-keys.sh; no test runs it.
 */
public final class ViewerKeyCheckBenchmark {

    private ViewerKeyCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("camsrv-key-bench-");
        UserService users = AuthFixtures.openUserService(data, JdkPbkdf2PasswordHash.honouringParameters(), null, null);
        User owner = users.registerFirstSuperUser("owner", "owner-password-1").orElseThrow();
        ViewerKeys keys = ViewerKeys.open(AuthFixtures.dataDirectoryAt(data).database(), data.resolve("secrets/viewer-keys.pepper"),
                new LoginThrottle());
        String key = keys.create(owner, "bench");

        int keyChecks = 200_000;
        for (int i = 0; i < 50_000; i++) {
            keys.check(key, "192.0.2.1");
        }
        long started = System.nanoTime();
        for (int i = 0; i < keyChecks; i++) {
            if (!(keys.check(key, "192.0.2.1") instanceof KeyCheck.Accepted)) {
                throw new IllegalStateException("the key was refused");
            }
        }
        double keyMicros = (System.nanoTime() - started) / 1000.0 / keyChecks;

        int passwordChecks = 10;
        users.authenticate("owner", "owner-password-1".toCharArray());
        started = System.nanoTime();
        for (int i = 0; i < passwordChecks; i++) {
            if (users.authenticate("owner", "owner-password-1".toCharArray()).isEmpty()) {
                throw new IllegalStateException("the password was refused");
            }
        }
        double passwordMicros = (System.nanoTime() - started) / 1000.0 / passwordChecks;
        String hash = users.findByName("owner").orElseThrow().passwordHash();
        System.out.printf("viewer key check: %.2f us (mean of %d)%n", keyMicros, keyChecks);
        System.out.printf("password check (%s): %.1f ms (mean of %d)%n", hash.startsWith("$argon2id$") ? "Argon2id" : "PBKDF2-SHA256",
                passwordMicros / 1000, passwordChecks);
        System.out.printf("a key check is %.0fx cheaper%n", passwordMicros / keyMicros);

        // Argon2id, the hash of every new password where libargon2 is installed: its verification alone.
        java.util.Optional<Argon2id> argon2 = Argon2id.load(reason -> System.out.println("no Argon2id: " + reason));
        if (argon2.isPresent()) {
            String stored = argon2.get().hash("owner-password-1".toCharArray());
            argon2.get().verify("owner-password-1".toCharArray(), stored);
            started = System.nanoTime();
            for (int i = 0; i < passwordChecks; i++) {
                argon2.get().verify("owner-password-1".toCharArray(), stored);
            }
            double argonMicros = (System.nanoTime() - started) / 1000.0 / passwordChecks;
            System.out.printf("Argon2id verification (m=19456 KiB, t=2, p=1): %.1f ms (mean of %d), %.0fx a key check%n",
                    argonMicros / 1000, passwordChecks, argonMicros / keyMicros);
        }
    }
}
