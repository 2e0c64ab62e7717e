package org.camsrv.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PasswordHasher on a real PBKDF2 that honours the requested parameters, so each hash here
 * costs the full 600,000 iterations: one hasher for the class keeps the count of hashes small.
 */
class PasswordHasherTest {
    // Mutants PIT may leave alive: in noSoonerThanOwnHashes, "missing <= 0" as "< 0" turns "answer now"
    // into "answer after 0 ns" (equivalent), and "typical - check" as "+" only answers later than
    // needed, which a bound on time could tell only on an idle machine. The weights of the moving
    // average are covered by ImportedHashTimingTest.

    private static JdkPbkdf2PasswordHash pbkdf2;
    private static PasswordHasher hasher;

    @BeforeAll
    static void createHasher() {
        pbkdf2 = JdkPbkdf2PasswordHash.honouringParameters();
        hasher = new PasswordHasher(pbkdf2);
    }

    @Test
    void initializeIsAskedForPbkdf2Sha256WithAtLeast600000Iterations() {
        assertEquals(1, pbkdf2.initializations().size());
        Map<String, String> parameters = pbkdf2.initializations().get(0);

        assertEquals("PBKDF2WithHmacSHA256", parameters.get(JdkPbkdf2PasswordHash.ALGORITHM));
        assertTrue(Integer.parseInt(parameters.get(JdkPbkdf2PasswordHash.ITERATIONS)) >= 600_000, parameters::toString);
        assertTrue(Integer.parseInt(parameters.get(JdkPbkdf2PasswordHash.SALT_SIZE)) >= 16, parameters::toString);
        assertTrue(Integer.parseInt(parameters.get(JdkPbkdf2PasswordHash.KEY_SIZE)) >= 32, parameters::toString);
    }

    @Test
    void hashesCarryTheRequestedAlgorithmIterationsAndSalt() {
        String[] parts = hasher.hash("correct horse".toCharArray()).split(":");

        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 600_000, parts[1]);
        assertEquals(32, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void aHashVerifiesWithItsPasswordAndNotWithAnother() {
        String hash = hasher.hash("correct horse".toCharArray());

        assertTrue(hasher.verifyLater("correct horse".toCharArray(), hash).join());
        assertFalse(hasher.verifyLater("correct horsE".toCharArray(), hash).join());
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        String first = hasher.hash("same password".toCharArray());
        String second = hasher.hash("same password".toCharArray());

        assertNotEquals(first, second);
        assertNotEquals(first.split(":")[2], second.split(":")[2], "each hash needs its own salt");
    }

    @Test
    void theDecoyForUnknownUsersCostsAsMuchAsARealHash() {
        String[] decoy = PasswordHasher.DECOY.split(":");

        assertEquals(4, decoy.length);
        assertEquals(PasswordHasher.PARAMETERS.get(JdkPbkdf2PasswordHash.ALGORITHM), decoy[0]);
        assertEquals(PasswordHasher.PARAMETERS.get(JdkPbkdf2PasswordHash.ITERATIONS), decoy[1]);
        assertEquals(PasswordHasher.PARAMETERS.get(JdkPbkdf2PasswordHash.SALT_SIZE),
                String.valueOf(Base64.getDecoder().decode(decoy[2]).length));
        assertEquals(PasswordHasher.PARAMETERS.get(JdkPbkdf2PasswordHash.KEY_SIZE),
                String.valueOf(Base64.getDecoder().decode(decoy[3]).length));
    }

    @Test
    void anUnknownUserNeverVerifiesButCostsAVerification() {
        int verificationsBefore = pbkdf2.verifyCalls();

        assertFalse(hasher.verifyUnknownUserLater("decoy password for unknown users".toCharArray()).join());
        assertEquals(verificationsBefore + 1, pbkdf2.verifyCalls());
    }
}
