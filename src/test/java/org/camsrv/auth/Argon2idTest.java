package org.camsrv.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Argon2id through the real libargon2 against published known answers: RFC 9106's Argon2id vector (with
 * secret and associated data, through the same argon2_ctx call logins make) and the reference
 * implementation's own vector without them, as a PHC string. Skipped where libargon2-1 is missing.
 */
class Argon2idTest {

    /** The reference implementation's Argon2id vector (phc-winner-argon2, src/test.c, version 0x13). */
    static final String REFERENCE = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

    private static Argon2id argon2;

    @BeforeAll
    static void loadLibrary() {
        StringBuilder why = new StringBuilder();
        Optional<Argon2id> loaded = Argon2id.load(why::append);
        Assumptions.assumeTrue(loaded.isPresent(), () -> "Argon2id tests skipped: " + why + " (apt-get install libargon2-1)");
        argon2 = loaded.get();
    }

    private static byte[] repeated(int value, int count) {
        byte[] bytes = new byte[count];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    @Test
    void rfc9106Argon2idVectorWithSecretAndAssociatedData() {
        // RFC 9106, section 5.3: 32 KiB, 3 passes, 4 lanes, password 32 x 01, salt 16 x 02, secret 8 x 03, ad 12 x 04.
        byte[] tag = argon2.raw(repeated(1, 32), repeated(2, 16), repeated(3, 8), repeated(4, 12),
                new Argon2idHash.Cost(32, 3, 4), 32);

        assertEquals("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659", HexFormat.of().formatHex(tag));
    }

    @Test
    void referenceImplementationVectorWithoutSecret() {
        byte[] tag = argon2.raw("password".getBytes(), "somesalt".getBytes(), null, null,
                new Argon2idHash.Cost(65_536, 2, 1), 32);

        assertEquals("09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7", HexFormat.of().formatHex(tag));
        assertTrue(argon2.verify("password".toCharArray(), REFERENCE));
        assertFalse(argon2.verify("passwore".toCharArray(), REFERENCE));
    }

    @Test
    void newHashesHaveOwaspsCostAFreshSaltAndVerifyOnlyWithTheirPassword() {
        String first = argon2.hash("correct horse".toCharArray());
        String second = argon2.hash("correct horse".toCharArray());
        Argon2idHash parsed = Argon2idHash.parse(first).orElseThrow();

        assertEquals(new Argon2idHash.Cost(19_456, 2, 1), parsed.cost());
        assertEquals(16, parsed.salt().length);
        assertEquals(32, parsed.hash().length);
        assertNotEquals(first, second);
        assertTrue(argon2.verify("correct horse".toCharArray(), first));
        assertTrue(argon2.verify("correct horse".toCharArray(), second));
        assertFalse(argon2.verify("correct horsE".toCharArray(), first));
        assertFalse(argon2.verify(new char[0], first));
    }

    @Test
    void passwordsAreHashedAsUtf8() {
        byte[] salt = "somesalt".getBytes();
        Argon2idHash.Cost cost = new Argon2idHash.Cost(64, 1, 1);
        byte[] fromChars = argon2.raw("pässwörd €".getBytes(java.nio.charset.StandardCharsets.UTF_8), salt, null, null,
                cost, 32);
        String stored = new Argon2idHash(cost, salt, fromChars).encoded();

        assertTrue(argon2.verify("pässwörd €".toCharArray(), stored));
        assertFalse(argon2.verify("passwords ?".toCharArray(), stored));
    }

    @Test
    void aMalformedOrForeignHashNeverVerifies() {
        for (String stored : new String[] {null, "", "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                REFERENCE.replace("v=19", "v=16"), REFERENCE.substring(0, REFERENCE.length() - 1) + "!",
                PasswordHasher.DECOY}) {
            assertFalse(argon2.verify("password".toCharArray(), stored), String.valueOf(stored));
        }
    }

    @Test
    void aHashTruncatedByTheDatabaseDoesNotVerify() {
        String stored = argon2.hash("password".toCharArray());
        byte[] hash = Argon2idHash.parse(stored).orElseThrow().hash();
        String shorter = new Argon2idHash(Argon2id.COST, Argon2idHash.parse(stored).orElseThrow().salt(),
                Arrays.copyOf(hash, 16)).encoded();

        assertFalse(argon2.verify("password".toCharArray(), shorter));
        assertArrayEquals(hash, Argon2idHash.parse(stored).orElseThrow().hash());
    }

    @Test
    void aMissingLibraryIsReportedNotThrown() {
        StringBuilder why = new StringBuilder();

        assertTrue(Argon2id.load("libargon2-missing.so.1", "argon2-missing", why::append).isEmpty());
        assertTrue(why.toString().contains("libargon2 is not installed"), why::toString);
    }
}
