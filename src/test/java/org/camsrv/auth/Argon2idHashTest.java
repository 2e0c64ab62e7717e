package org.camsrv.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The PHC string form of Argon2id hashes: read, written back unchanged, and damaged rows refused. */
class Argon2idHashTest {

    @Test
    void theReferenceStringIsReadAndWrittenBackUnchanged() {
        Argon2idHash parsed = Argon2idHash.parse(Argon2idTest.REFERENCE).orElseThrow();

        assertEquals(new Argon2idHash.Cost(65_536, 2, 1), parsed.cost());
        assertEquals("somesalt", new String(parsed.salt()));
        assertEquals("09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7",
                HexFormat.of().formatHex(parsed.hash()));
        assertEquals(Argon2idTest.REFERENCE, parsed.encoded());
    }

    @Test
    void onlyWellFormedVersion19StringsAreRead() {
        String good = Argon2idTest.REFERENCE;
        for (String bad : new String[] {null, "", "$argon2id$", good.replace("$argon2id$", "$argon2d$"),
                good.replace("v=19", "v=16"), good.replace("m=65536", "m=99999999"), good.replace("t=2", "t=0"),
                good.replace("p=1", "p=0"), good.replace("m=65536", "m=4"), good + "=", good + "$extra",
                good.replace("c29tZXNhbHQ", "c29t"), good.replace("$CTF", "$C"), " " + good, good.replace("m=", "M=")}) {
            assertTrue(Argon2idHash.parse(bad).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void costsOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Argon2idHash.Cost(7, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Argon2idHash.Cost(1_048_577, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Argon2idHash.Cost(64, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Argon2idHash.Cost(64, 1, 17));
    }

    @Test
    void theSchemeIsToldByItsPrefix() {
        assertTrue(Argon2idHash.isArgon2id(PasswordHasher.ARGON2_DECOY));
        assertFalse(Argon2idHash.isArgon2id(PasswordHasher.DECOY));
        assertFalse(Argon2idHash.isArgon2id(null));
    }
}
